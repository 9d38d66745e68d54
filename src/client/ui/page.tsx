import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { t } from '../i18n/t.ts';

let lastPathname: string | null = null;

/**
 * Every page renders exactly one of these: it sets document.title and the one h1.
 * After a client-side navigation focus moves to the h1, so screen-reader users hear where they are
 * (on the first load the browser's own behaviour is kept).
 */
export function Page({
  title,
  heading,
  terug,
  focusOnMount,
  children,
}: {
  title: string;
  heading?: ReactNode;
  /** a "back" link shown above the h1 */
  terug?: ReactNode;
  /** focus the h1 when this page appears in place of another on the same address (a next step) */
  focusOnMount?: boolean;
  children?: ReactNode;
}) {
  const h1 = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = t('app.paginatitel', { titel: title });
  }, [title]);

  useEffect(() => {
    if (focusOnMount) h1.current?.focus();
    // only on mount: later renders of the same step keep the user's focus
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (lastPathname !== null && lastPathname !== pathname) {
      window.scrollTo(0, 0);
      h1.current?.focus({ preventScroll: true });
    }
    lastPathname = pathname;
  }, [pathname]);

  return (
    <>
      {terug}
      <h1 ref={h1} tabIndex={-1} className="utrecht-heading-1 piramide-h1">
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
