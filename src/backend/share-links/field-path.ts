/** Turns a schema path such as ["fileIds", 3] into the field name owners see: "fileIds[3]". */
export function fieldOf(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).reduce<string>((field, key) => {
    if (typeof key === 'number') return `${field}[${key}]`;
    return field === '' ? String(key) : `${field}.${String(key)}`;
  }, '');
}
