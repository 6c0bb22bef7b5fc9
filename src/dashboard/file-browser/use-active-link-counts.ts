/**
 * How many active links each listed file has. One `countActiveLinks` call per page of rows (the ids not counted
 * yet, at most a web method's 100), never one per row, and only once the rows are on screen (an effect runs after
 * the paint), so the list's first rows never wait for the link history. A failed count shows no badges rather
 * than an error: the list works without them. `linksChanged` changing means links were made or deleted elsewhere
 * on the page, so every shown file is counted again.
 */
import { useEffect, useRef, useState } from 'react';
import { webMethods } from '../shared/web-methods';
import { MAX_COUNTED_FILE_IDS } from '../../common/limits';
import type { FileRow } from '../shared/file-row';

type Counts = { generation: number; byFile: ReadonlyMap<string, number> };

export function useActiveLinkCounts(rows: readonly FileRow[], linksChanged: number): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<Counts>({ generation: linksChanged, byFile: new Map() });
  const asked = useRef({ generation: linksChanged, ids: new Set<string>() });

  useEffect(() => {
    if (asked.current.generation !== linksChanged) asked.current = { generation: linksChanged, ids: new Set() };
    const { ids: askedIds } = asked.current;
    const ids = [...new Set(rows.map((row) => row.id))].filter((id) => !askedIds.has(id));
    for (let start = 0; start < ids.length; start += MAX_COUNTED_FILE_IDS) {
      const part = ids.slice(start, start + MAX_COUNTED_FILE_IDS);
      part.forEach((id) => askedIds.add(id));
      webMethods()
        .then((methods) => methods.countActiveLinks(part))
        .then((response) => {
          if (!response.ok) return;
          setCounts((old) => {
            if (linksChanged < old.generation) return old;
            const kept = linksChanged === old.generation ? [...old.byFile] : [];
            return { generation: linksChanged, byFile: new Map([...kept, ...Object.entries(response.counts)]) };
          });
        })
        .catch(() => undefined);
    }
  }, [rows, linksChanged]);

  return counts.generation === linksChanged ? counts.byFile : new Map();
}
