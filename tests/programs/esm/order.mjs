// Records the order in which module bodies run.
export const seen = [];
export function mark(name) {
  seen.push(name);
}
