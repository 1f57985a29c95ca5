import type { HeadlineFigure } from '@sprint-reports/drizzle';
import type { DocumentRow } from '../models.ts';
import { escapeXml } from '../render/xml.ts';

/**
 * A report's email: the document's title as the subject, its headline figures in the body, the
 * file attached, and a footer with the recipient's unsubscribe link, which the RFC 8058 headers
 * offer as one click too. The download link is not in it: it expires in minutes, the mail stays.
 */
export interface ReportMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
  headers: Record<string, string>;
}

export interface MessageInput {
  from: string;
  to: string;
  document: Pick<DocumentRow, 'title' | 'headline' | 'content' | 'contentType' | 'fileName'>;
  unsubscribeUrl: string;
  /** What the recipient is on, for a scheduled email ("the weekly SPRINT report of Atlas"); null for one sent by hand. */
  schedule: string | null;
}

const footerText = (schedule: string | null) =>
  schedule
    ? `You receive this email because you are on the list of ${schedule}. To receive it no more, unsubscribe:`
    : 'Someone on your team sent you this report from Sprint Reports. To receive no more report emails from this organisation, unsubscribe:';

function html({ document, unsubscribeUrl, schedule }: MessageInput): string {
  const rows = document.headline
    .map(
      (f: HeadlineFigure) =>
        `<tr><th style="text-align:left;padding:4px 16px 4px 0;font-weight:normal;color:#444">${escapeXml(f.label)}</th><td style="text-align:right;padding:4px 0;font-weight:bold">${escapeXml(f.value)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeXml(document.title)}</title></head>
<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#222;max-width:640px">
<h1 style="font-size:20px">${escapeXml(document.title)}</h1>
${rows ? `<table style="border-collapse:collapse">\n${rows}\n</table>` : ''}
<p>The full report is attached: <strong>${escapeXml(document.fileName)}</strong>.</p>
<hr style="border:none;border-top:1px solid #ddd;margin-top:32px">
<p style="font-size:12px;color:#666">${escapeXml(footerText(schedule))} <a href="${escapeXml(unsubscribeUrl)}">Unsubscribe</a></p>
</body>
</html>
`;
}

function text({ document, unsubscribeUrl, schedule }: MessageInput): string {
  const width = Math.max(0, ...document.headline.map((f) => f.label.length));
  return [
    document.title,
    '='.repeat(document.title.length),
    '',
    ...document.headline.map((f) => `${f.label.padEnd(width)}  ${f.value}`),
    '',
    `The full report is attached: ${document.fileName}.`,
    '',
    '--',
    footerText(schedule),
    unsubscribeUrl,
    '',
  ].join('\n');
}

export function reportMessage(input: MessageInput): ReportMessage {
  const { document } = input;
  return {
    from: input.from,
    to: input.to,
    subject: document.title,
    html: html(input),
    text: text(input),
    attachments: [{ filename: document.fileName, content: document.content, contentType: document.contentType }],
    headers: { 'List-Unsubscribe': `<${input.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
