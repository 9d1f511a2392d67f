/** Escapes text for XML content and attribute values (feeds, SVG). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char] ?? ''};`);
}
