/** Plain-words text where `backticked` parts (field names, keywords) are shown as code. */
export function Prose({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd count of backticks leaves the last part unpaired: show it as typed.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((p, i) => (i % 2 ? <code key={i}>{p}</code> : p))}</>;
}
