/**
 * The fenced code blocks of a Markdown page, for tests that run or check what the docs show
 * (docs/cli.md, docs/feed-guide.md).
 */

/** A fenced block, with the marks in the comments above it. */
export interface Block {
  lang: string;
  /** The words after the language: `exit=1`, `no-run`. */
  info: string[];
  text: string;
  /** Its line in the page (1-based), for messages. */
  line: number;
  /** `<!-- key: value -->` comments right above the fence (blank lines between allowed). */
  marks: { key: string; value: string; line: number }[];
  /** For a `text` block: the block whose output it shows (see {@link fencedBlocks}). */
  outputOf?: Block;
}

const MARK_RE = /^<!-- (\w+): (.*?) -->$/;

/**
 * The fenced blocks of a Markdown page, in order; indented ones (in lists) too. A `text` block
 * right after a block that `showsOutput` accepts (only blank lines between) is its `outputOf`.
 */
export function fencedBlocks(markdown: string, showsOutput: (block: Block) => boolean): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let previousEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```(\w*)(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, lang, info] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let end = i + 1;
    for (; end < lines.length && !/^ *```\s*$/.test(lines[end]!); end++) {
      body.push(lines[end]!.slice(indent.length));
    }
    const marks: Block['marks'] = [];
    for (let j = i - 1; j > previousEnd; j--) {
      const line = lines[j]!.trim();
      if (line === '') continue;
      const mark = MARK_RE.exec(line);
      if (!mark) break;
      marks.unshift({ key: mark[1]!, value: mark[2]!, line: j + 1 });
    }
    const block: Block = {
      lang,
      info: info.trim().split(/\s+/).filter(Boolean),
      text: body.join('\n'),
      line: i + 1,
      marks,
    };
    const before = blocks.at(-1);
    const onlyBlanksBetween = lines.slice(previousEnd + 1, i).every((l) => l.trim() === '');
    if (lang === 'text' && before && onlyBlanksBetween && showsOutput(before)) {
      block.outputOf = before;
    }
    blocks.push(block);
    previousEnd = end;
    i = end;
  }
  return blocks;
}
