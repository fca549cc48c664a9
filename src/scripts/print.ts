/** 「打印讲义」 buttons open the browser's print dialog; the print style sheet turns the page into a one-page handout. */
export function startPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-handout]')) button.addEventListener('click', () => window.print());
}
