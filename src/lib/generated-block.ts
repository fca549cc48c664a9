/** A generated section of a hand-written document, between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceGeneratedBlock(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start (generated: npm run docs:${name}) -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`missing ${start} … ${end}`);
  return `${document.slice(0, from + start.length)}\n\n${content}\n\n${document.slice(to)}`;
}
