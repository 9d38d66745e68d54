import type { ReactNode } from 'react';

type Level = 2 | 3 | 4;

export function Heading({ level, children, id }: { level: Level; children: ReactNode; id?: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`utrecht-heading-${level}`}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead, small }: { children: ReactNode; lead?: boolean; small?: boolean }) {
  const cls = ['utrecht-paragraph', lead && 'utrecht-paragraph--lead', small && 'utrecht-paragraph--small'];
  return <p className={cls.filter(Boolean).join(' ')}>{children}</p>;
}
