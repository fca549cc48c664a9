/** JSON for inside a <script> element: `<` escaped, so content such as `</script>` cannot end the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
