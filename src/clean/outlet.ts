/** Outlet names: metadata codes and written names mapped to one readable name each. */
import { OUTLET_ALIASES, key } from './phrases.js';

/** The readable name of an outlet alias ("CNN", "skynews", "كوردستان 24"), or the name as written. */
export function canonicalOutlet(name: string | null | undefined): string | null {
  if (name == null) return null;
  const written = name.replace(/\s+/g, ' ').trim();
  if (!written) return null;
  return OUTLET_ALIASES.get(key(written)) ?? written;
}

/** The outlet named by a source line ("المصدر: RT Arabic" → "RT Arabic"), or null. */
export function outletFromSourceLine(line: string): string | null {
  const m = /^\s*\*?\s*(?:المصدر|مصدر الخبر|المصادر|source|نقلا عن|نقلاً عن)\s*[:：]?\s*(.+?)\s*$/iu.exec(
    line,
  );
  if (!m) return null;
  const name = m[1]!.replace(/^["“«]|["”»]$/g, '').trim();
  return name && name.length <= 40 ? canonicalOutlet(name) : null;
}
