// Recognises activation functions in source code: which canonical activation a name (or an activation string)
// at an offset stands for, in which framework, with which parameters. Pure: no `vscode`, no DOM.
//
// A hover reads a bounded window around the offset (see window.ts) plus the document's import table, which a
// resolver caches per document version; it never scans the whole document per hover.

import { buildDocInfo, type DocInfo } from './imports';
import { lex, tokenAt, type Lang } from './lexer';
import { matchAll, matchToken, type ActivationMatch } from './resolve';
import { windowFor } from './window';

export type { ActivationMatch } from './resolve';
export type { Framework } from '../core/frameworks';

/** The scanner family for a VS Code language id, or undefined for languages we do not read. */
export function languageOf(languageId: string): Lang | undefined {
  switch (languageId) {
    case 'python':
      return 'python';
    case 'javascript':
    case 'typescript':
    case 'javascriptreact':
    case 'typescriptreact':
      return 'js';
    case 'cpp':
    case 'cuda-cpp':
      return 'cpp';
    case 'julia':
      return 'julia';
    default:
      return undefined;
  }
}

export const SUPPORTED_LANGUAGE_IDS: readonly string[] = [
  'python',
  'javascript',
  'typescript',
  'javascriptreact',
  'typescriptreact',
  'cpp',
  'cuda-cpp',
  'julia',
];

function resolveWith(text: string, offset: number, lang: Lang, info: DocInfo): ActivationMatch | undefined {
  const [from, to] = windowFor(text, offset, lang);
  const toks = lex(text, from, to, lang, offset);
  const i = tokenAt(toks, offset);
  if (i < 0) return undefined;
  return matchToken({ text, lang, info, toks }, i);
}

function validOffset(text: unknown, offset: unknown): boolean {
  return typeof text === 'string' && typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= text.length;
}

/** The activation at `offset` (on its name, qualifier included, or inside its string literal), if any. */
export function resolveActivationAt(text: string, offset: number, languageId: string): ActivationMatch | undefined {
  try {
    const lang = languageOf(languageId);
    if (!lang || !validOffset(text, offset)) return undefined;
    return resolveWith(text, offset, lang, buildDocInfo(text, lang));
  } catch {
    return undefined;
  }
}

/** Every activation in a document, in order. */
export function findActivations(text: string, languageId: string): ActivationMatch[] {
  try {
    const lang = languageOf(languageId);
    if (!lang || typeof text !== 'string') return [];
    const info = buildDocInfo(text, lang);
    return matchAll({ text, lang, info, toks: lex(text, 0, text.length, lang) });
  } catch {
    return [];
  }
}

export interface Resolver {
  /**
   * Like `resolveActivationAt`; with a `cacheKey` that changes whenever the text does (e.g. `uri@version`), the
   * import table is built once per key.
   */
  resolveAt(text: string, offset: number, languageId: string, cacheKey?: string): ActivationMatch | undefined;
  /** Forgets cached documents (all, or the one whose key starts with `uri@`/equals `uri`). */
  forget(uri?: string): void;
}

/**
 * A resolver with a per-document import cache. Keys of the form `uri@version` keep one entry per uri (a new
 * version replaces the old); at most `maxDocuments` documents are kept, least recently used first out.
 */
export function createResolver(options: { maxDocuments?: number } = {}): Resolver {
  const max = Math.max(1, options.maxDocuments ?? 32);
  const cache = new Map<string, { key: string; lang: Lang; info: DocInfo }>();
  const docOf = (key: string): string => {
    const at = key.lastIndexOf('@');
    return at > 0 ? key.slice(0, at) : key;
  };
  return {
    resolveAt(text, offset, languageId, cacheKey) {
      try {
        const lang = languageOf(languageId);
        if (!lang || !validOffset(text, offset)) return undefined;
        if (cacheKey === undefined) return resolveWith(text, offset, lang, buildDocInfo(text, lang));
        const doc = docOf(cacheKey);
        let entry = cache.get(doc);
        if (!entry || entry.key !== cacheKey || entry.lang !== lang) {
          entry = { key: cacheKey, lang, info: buildDocInfo(text, lang) };
        }
        cache.delete(doc);
        cache.set(doc, entry);
        while (cache.size > max) cache.delete(cache.keys().next().value as string);
        return resolveWith(text, offset, lang, entry.info);
      } catch {
        return undefined;
      }
    },
    forget(uri) {
      if (uri === undefined) cache.clear();
      else {
        cache.delete(uri);
        cache.delete(docOf(uri));
      }
    },
  };
}
