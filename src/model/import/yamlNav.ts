import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** Reads a parsed YAML document by key paths, with line numbers, never building JS objects. */
export class YamlNav {
  /** `lineOffset` is added to every line: a document parsed out of a larger text (a JSON object in a terminal session). */
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lc: LineCounter,
    private readonly lineOffset = 0,
  ) {}

  /** The document's root node. */
  root(): Node | undefined {
    return this.deref(this.doc.contents ?? undefined);
  }

  /** Follows an alias to the node it names (bounded: the anchor was validated by toJS). */
  deref(node: unknown): Node | undefined {
    let n = node;
    for (let i = 0; i < 8 && isAlias(n); i++) n = n.resolve(this.doc);
    return n === null || n === undefined || isAlias(n) ? undefined : (n as Node);
  }

  /** The value node under `key` of a map, or undefined. */
  get(node: Node | undefined, ...keys: string[]): Node | undefined {
    let cur = node;
    for (const key of keys) {
      if (!isMap(cur)) return undefined;
      const pair = cur.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      cur = pair ? this.deref(pair.value) : undefined;
    }
    return cur;
  }

  /** The keys of a map node (as strings), with their value nodes and lines. */
  entries(node: Node | undefined): { key: string; value: Node | undefined; line: number }[] {
    if (!isMap(node)) return [];
    return node.items.map((p) => ({
      key: isScalar(p.key) ? String(p.key.value) : '',
      value: this.deref(p.value),
      line: this.lineOf(p.key as Node | undefined),
    }));
  }

  /** Items of a sequence node. */
  items(node: Node | undefined): Node[] {
    return isSeq(node)
      ? node.items.map((i) => this.deref(i)).filter((i): i is Node => i !== undefined)
      : [];
  }

  /** 1-based line where a node starts (1 when unknown). */
  lineOf(node: Node | undefined | null): number {
    const start = node?.range?.[0];
    return (start === undefined ? 1 : this.lc.linePos(start).line) + this.lineOffset;
  }

  /** A scalar's value, or undefined for maps, sequences and absent nodes. */
  scalar(node: Node | undefined): unknown {
    return isScalar(node) ? node.value : undefined;
  }

  /** A scalar as text (numbers and booleans printed), or undefined. */
  text(node: Node | undefined): string | undefined {
    const v = this.scalar(node);
    return v === null || v === undefined ? undefined : String(v);
  }

  /** True for a map node. */
  isMap(node: Node | undefined): boolean {
    return isMap(node);
  }

  /** True for a sequence node. */
  isSeq(node: Node | undefined): boolean {
    return isSeq(node);
  }
}
