// A poll's prompt as a short line of plain text, for lists (the progress page).

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  sigma: 'σ',
  cdot: '·',
  times: '×',
  le: '≤',
  ge: '≥',
  leq: '≤',
  geq: '≥',
  nabla: '∇',
  partial: '∂',
  mathcal: '',
  epsilon: 'ε',
  infty: '∞',
  ldots: '…',
  dots: '…',
  in: '∈',
  odot: '⊙',
  log: 'log',
  sum: 'Σ',
  frac: '',
  text: '',
  dfrac: '',
  left: '',
  right: '',
  quad: ' ',
  hat: '',
  mathrm: '',
  lambda: 'λ',
};

/** Light TeX to text: \sigma → σ, \hat{y} → y, braces and spacing commands dropped. */
function texToText(tex: string): string {
  return (
    tex
      .replace(/\\([{}])/g, (_, brace: string) => (brace === '{' ? '\u0001' : '\u0002'))
      .replace(/\\d?frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2')
      .replace(/\\([A-Za-z]+)/g, (_, name: string) => SYMBOLS[name] ?? name)
      .replace(/\\[,;!: ]/g, ' ')
      .replace(/[{}]/g, '')
      // Escaped braces (\{0, 1\}) are set braces the reader should see.
      .replace(/\u0001/g, '{')
      .replace(/\u0002/g, '}')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The prompt's first sentence or so, as plain text of at most `max` characters. */
export function pollTitle(prompt: string, max = 110): string {
  const text = prompt
    .replace(/\$\$([\s\S]*?)\$\$|\$([^$]*)\$/g, (_, a: string | undefined, b: string | undefined) =>
      texToText(a ?? b ?? ''),
    )
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
