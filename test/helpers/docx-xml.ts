import { unzipSync, strFromU8 } from 'fflate';

/** One part of a .docx file, as text. */
export function docxPart(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes)[name];
  if (!part) throw new Error(`No part ${name} in the .docx`);
  return strFromU8(part);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] as string);

/**
 * Read a WordprocessingML body as a reviewer who accepts (or rejects) every tracked change would: text in `w:ins`
 * kept on accept and dropped on reject, `w:delText` in `w:del` the other way round, a paragraph whose mark is
 * tracked as inserted (or deleted) joined to the next one when that change goes. Paragraphs are joined by newlines,
 * line breaks read as newlines. A reference model of Word's behaviour, written from the format, for the tests.
 * @param xml `word/document.xml`
 * @param accept true to accept every change, false to reject every one
 * @returns the text
 */
export function resolveTrackedChanges(xml: string, accept: boolean): string {
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
  const paragraphs = body.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
  let text = '';
  for (const paragraph of paragraphs) {
    const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(paragraph)?.[0] ?? '';
    const markInserted = /<w:rPr>[\s\S]*<w:ins /.test(properties);
    const markDeleted = /<w:rPr>[\s\S]*<w:del /.test(properties);
    const content = paragraph.slice(properties.length + paragraph.indexOf(properties));
    text += runsText(content, accept);
    const markGoes = accept ? markDeleted : markInserted;
    if (!markGoes) text += '\n';
  }
  return text.replace(/\n$/, '');
}

/** The text of a paragraph's runs with every change accepted or rejected. */
function runsText(content: string, accept: boolean): string {
  let text = '';
  let inIns = false;
  let inDel = false;
  for (const [tag] of content.matchAll(/<w:ins [^>]*>|<\/w:ins>|<w:del [^>]*>|<\/w:del>|<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:delText(?: [^>]*)?>[^<]*<\/w:delText>|<w:br\/>/g)) {
    if (tag.startsWith('<w:ins ')) inIns = true;
    else if (tag === '</w:ins>') inIns = false;
    else if (tag.startsWith('<w:del ')) inDel = true;
    else if (tag === '</w:del>') inDel = false;
    else if ((inIns && !accept) || (inDel && accept)) continue;
    else if (tag === '<w:br/>') text += '\n';
    else text += unescape(tag.replace(/^<[^>]*>|<\/[^>]*>$/g, ''));
  }
  return text;
}
