/** "a, b ,, c" → ["a", "b", "c"]: tasks and areas are edited as one comma-separated line. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}
