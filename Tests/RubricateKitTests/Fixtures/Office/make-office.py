#!/usr/bin/env python3
"""Makes the Word, OpenDocument and PDF fixtures the office readers are tested on.

Run at development time only (the outputs are committed):
    pip install python-docx odfpy
    python3 Tests/RubricateKitTests/Fixtures/Office/make-office.py

essay.docx is written by python-docx, then post-processed here because python-docx cannot
make footnotes or tracked changes: the script adds word/footnotes.xml (with its relationship
and content type) and rewrites two marked runs of word/document.xml into a tracked insertion
(w:ins) and a tracked deletion (w:del / w:delText), as Word writes them. essay.odt is written
by odfpy. hand.pdf and encrypted.pdf are written by hand here (one page; the second with a
password). essay.pdf is printed by headless Chromium from the same text. The Canvas-named copies
under Tests/rubricateTests/Fixtures/canvas-office/ are the same files renamed.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CANVAS = os.path.join(ROOT, "Tests", "rubricateTests", "Fixtures", "canvas-office")

TITLE = "Streets for People"
INTRO = ("Cities that close a street to cars for one summer learn more than any traffic model "
         "can tell them. When Ghent removed through traffic from its centre in 2017, cycling "
         "rose by a quarter within two years.")
HEADING = "What the trials show"
BODY_BEFORE_LINK = "The city's own "
LINK_TEXT = "evaluation report"
LINK_URL = "https://example.org/ghent-circulation-plan"
BODY_AFTER_LINK = (" found that shops on the closed streets kept their customers. Critics "
                   "argue that traffic simply moves elsewhere, but the counts do not bear that out.")
FOOTNOTE = "Counts from the city's 2019 monitoring report, table 4."
LIST = ["Close one street for a summer.", "Count walkers, cyclists and buses before and after."]
TABLE = [["Year", "Cyclists per day"], ["2016", "9,400"], ["2019", "12,100"]]
INSERTED = "quickly "
DELETED = "slowly "
TRACKED = ("Residents {}adapted their routes, and most of them said they would keep the change.")
COMMENT = "Is this number from the same survey?"
REFERENCES = "References"
ENTRY = ("Stad Gent. (2019). Evaluatie circulatieplan Gent. City of Ghent. "
         "https://example.org/ghent-circulation-plan")
AUTHOR = "Hana Kowalczyk"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.core_properties.author = AUTHOR
    document.core_properties.title = TITLE + " (properties)"
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(INTRO)
    document.add_heading(HEADING, level=1)
    paragraph = document.add_paragraph(BODY_BEFORE_LINK)
    relation = document.part.relate_to(LINK_URL, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = LINK_TEXT
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(BODY_AFTER_LINK)
    paragraph.add_run("FOOTNOTE-MARK")
    for item in LIST:
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=len(TABLE), cols=2)
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    tracked = document.add_paragraph()
    tracked.add_run("Residents ")
    tracked.add_run("INSERT-MARK")
    tracked.add_run("DELETE-MARK")
    commented = tracked.add_run("adapted their routes, and most of them said they would keep "
                                "the change.")
    document.add_comment(commented, text=COMMENT, author="Teacher")
    document.add_heading(REFERENCES, level=1)
    document.add_paragraph(ENTRY)
    document.save(path)

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["word/document.xml"].decode()
    xml = xml.replace('<w:r><w:t>FOOTNOTE-MARK</w:t></w:r>',
                      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                      '<w:footnoteReference w:id="1"/></w:r>')
    xml = xml.replace('<w:r><w:t>INSERT-MARK</w:t></w:r>',
                      '<w:ins w:id="101" w:author="Hana Kowalczyk" w:date="2024-03-01T10:00:00Z">'
                      '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>' % INSERTED)
    xml = xml.replace('<w:r><w:t>DELETE-MARK</w:t></w:r>',
                      '<w:del w:id="102" w:author="Hana Kowalczyk" w:date="2024-03-01T10:00:00Z">'
                      '<w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % DELETED)
    assert "MARK" not in xml, "python-docx changed how it writes runs"
    parts["word/document.xml"] = xml.encode()
    parts["word/footnotes.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:footnotes xmlns:w="%s">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        '</w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
        '</w:footnotes>' % (W, FOOTNOTE)).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                        "</Relationships>")
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("</Types>",
                          '<Override PartName="/word/footnotes.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                          "</Types>")
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def make_odt(path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf import text, table, office, dc, meta
    from odf.namespaces import TEXTNS, XMLNS as XML

    document = OpenDocumentText()
    title_style = Style(name="Title", family="paragraph")
    title_style.addElement(TextProperties(fontsize="20pt"))
    document.styles.addElement(title_style)
    document.meta.addElement(dc.Creator(text=AUTHOR))
    document.meta.addElement(dc.Title(text=TITLE + " (properties)"))
    changes = text.TrackedChanges()
    region = text.ChangedRegion(qattributes={(XML, "id"): "ct1", (TEXTNS, "id"): "ct1"})
    insertion = text.Insertion()
    info = office.ChangeInfo()
    info.addElement(dc.Creator(text=AUTHOR))
    info.addElement(dc.Date(text="2024-03-01T10:00:00"))
    insertion.addElement(info)
    region.addElement(insertion)
    changes.addElement(region)
    region = text.ChangedRegion(qattributes={(XML, "id"): "ct2", (TEXTNS, "id"): "ct2"})
    deletion = text.Deletion()
    info = office.ChangeInfo()
    info.addElement(dc.Creator(text=AUTHOR))
    info.addElement(dc.Date(text="2024-03-01T10:00:00"))
    deletion.addElement(info)
    deletion.addElement(text.P(text=DELETED))
    region.addElement(deletion)
    changes.addElement(region)
    document.text.addElement(changes)

    document.text.addElement(text.P(stylename=title_style, text=TITLE))
    document.text.addElement(text.P(text=INTRO))
    document.text.addElement(text.H(outlinelevel=1, text=HEADING))
    paragraph = text.P(text=BODY_BEFORE_LINK)
    paragraph.addElement(text.A(href=LINK_URL, type="simple", text=LINK_TEXT))
    paragraph.addText(BODY_AFTER_LINK)
    note = text.Note(id="ftn1", noteclass="footnote")
    note.addElement(text.NoteCitation(text="1"))
    body = text.NoteBody()
    body.addElement(text.P(text=FOOTNOTE))
    note.addElement(body)
    paragraph.addElement(note)
    document.text.addElement(paragraph)
    items = text.List()
    for item in LIST:
        entry = text.ListItem()
        entry.addElement(text.P(text=item))
        items.addElement(entry)
    document.text.addElement(items)
    grid = table.Table(name="Counts")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for row in TABLE:
        tr = table.TableRow()
        for cell in row:
            td = table.TableCell()
            td.addElement(text.P(text=cell))
            tr.addElement(td)
        grid.addElement(tr)
    document.text.addElement(grid)
    tracked = text.P(text="Residents ")
    tracked.addElement(text.ChangeStart(changeid="ct1"))
    tracked.addText(INSERTED)
    tracked.addElement(text.ChangeEnd(changeid="ct1"))
    tracked.addElement(text.Change(changeid="ct2"))
    annotation = office.Annotation()
    annotation.addElement(dc.Creator(text="Teacher"))
    annotation.addElement(text.P(text=COMMENT))
    tracked.addElement(annotation)
    tracked.addText("adapted their routes, and most of them said they would keep the change.")
    document.text.addElement(tracked)
    document.text.addElement(text.H(outlinelevel=1, text=REFERENCES))
    document.text.addElement(text.P(text=ENTRY))
    document.save(path)


def make_pdf(path):
    import html
    paragraphs = [INTRO, BODY_BEFORE_LINK + LINK_TEXT + BODY_AFTER_LINK,
                  TRACKED.format(INSERTED)]
    page = "<html><head><meta charset='utf-8'><title>%s</title></head><body>" % TITLE
    page += "<h1>%s</h1>" % html.escape(TITLE)
    page += "".join("<p>%s</p>" % html.escape(p) for p in paragraphs)
    page += "<h2>%s</h2><p>%s</p></body></html>" % (REFERENCES, html.escape(ENTRY))
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "essay.html")
        with open(source, "w") as handle:
            handle.write(page)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--print-to-pdf=" + path, source],
                       check=True, capture_output=True)


def hand_pdf(encrypt):
    """A one-page PDF written by hand; with `encrypt`, a standard security handler whose user
    password is not empty, so pdftotext refuses it."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>"]
    stream = "BT /F1 12 Tf 72 720 Td (Cars are loud. Buses are quiet.) Tj ET"
    objects.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if encrypt:
        objects.append("<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>"
                       % ("00" * 32, "00" * 32))
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, body)).encode()
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for offset in offsets:
        out += ("%010d 00000 n \n" % offset).encode()
    extra = (" /Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> "
             "<00112233445566778899aabbccddeeff>]") if encrypt else ""
    out += ("trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, extra, xref)).encode()
    return out


def main():
    make_docx(os.path.join(HERE, "essay.docx"))
    make_odt(os.path.join(HERE, "essay.odt"))
    make_pdf(os.path.join(HERE, "essay.pdf"))
    os.makedirs(CANVAS, exist_ok=True)
    shutil.copy(os.path.join(HERE, "essay.docx"),
                os.path.join(CANVAS, "kowalczykhana_LATE_12345_678_essay.docx"))
    shutil.copy(os.path.join(HERE, "essay.pdf"),
                os.path.join(CANVAS, "smithjane_12346_679_essay.pdf"))
    shutil.copy(os.path.join(HERE, "essay.odt"),
                os.path.join(CANVAS, "nguyenlinh_12347_680_essay.odt"))
    with open(os.path.join(HERE, "hand.pdf"), "wb") as handle:
        handle.write(hand_pdf(False))
    with open(os.path.join(HERE, "encrypted.pdf"), "wb") as handle:
        handle.write(hand_pdf(True))
    for name in sorted(os.listdir(HERE)) + sorted(os.listdir(CANVAS)):
        print(name)


if __name__ == "__main__":
    sys.exit(main())
