/**
 * The policy the admin is composing: plain JSON, edited at a path. Pure: each
 * change returns a new draft, so the editor can validate and preview the
 * whole policy after every keystroke.
 */
export type Draft = Record<string, unknown>;
export type DraftPath = ReadonlyArray<string | number>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(draft: unknown, path: DraftPath): unknown {
  let node = draft;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string' && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

function setIn(node: unknown, path: DraftPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...(node as unknown[])] : [];
    if (rest.length === 0 && value === undefined) list.splice(key, 1);
    else list[key] = setIn(list[key], rest, value);
    return list;
  }
  const record: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const next = setIn(record[key], rest, value);
  // An object left empty by a removal says nothing: drop it, so no empty setting is exported.
  if (next === undefined || (rest.length > 0 && isRecord(next) && Object.keys(next).length === 0))
    delete record[key];
  else record[key] = next;
  return record;
}

/**
 * Sets the value at `path`; `undefined` removes it (a list item is taken out,
 * a field deleted, and objects that become empty with it).
 */
export function setAt(draft: Draft, path: DraftPath, value: unknown): Draft {
  const next = setIn(draft, path, value);
  return isRecord(next) ? next : {};
}
