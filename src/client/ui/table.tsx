import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

/**
 * A data table with a caption. Wide tables scroll sideways inside a focusable, labelled region,
 * so keyboard users can scroll them too.
 */
export function Table({ caption, children, scroll, captionHidden }: { caption: string; children: ReactNode; scroll?: boolean; captionHidden?: boolean }) {
  const table = (
    <table className="utrecht-table utrecht-table--html-table piramide-table">
      <caption className={['utrecht-table__caption', captionHidden && 'piramide-visually-hidden'].filter(Boolean).join(' ')}>{caption}</caption>
      {children}
    </table>
  );
  if (!scroll) return table;
  return (
    <div className="piramide-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="utrecht-table__header">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function Tr({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Th({ children, scope = 'col', ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th className="utrecht-table__header-cell" scope={scope} {...rest}>
      {children}
    </th>
  );
}

export function Td({ children, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td className="utrecht-table__cell" {...rest}>
      {children}
    </td>
  );
}
