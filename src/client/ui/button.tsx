import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link as RouterLink, type LinkProps } from 'react-router';

type Appearance = 'primary' | 'secondary' | 'subtle';

const appearanceClass: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  busy?: boolean;
  children: ReactNode;
}

export function Button({ appearance = 'secondary', busy, type = 'button', className, children, ...rest }: ButtonProps) {
  const cls = ['utrecht-button', appearanceClass[appearance], busy && 'utrecht-button--busy', className];
  return (
    <button type={type} className={cls.filter(Boolean).join(' ')} aria-disabled={busy || undefined} {...rest}>
      {children}
    </button>
  );
}

/** A router link that looks like a button, for "go and do this" actions. */
export function ButtonLink({ appearance = 'secondary', className, ...rest }: LinkProps & { appearance?: Appearance }) {
  const cls = ['utrecht-button-link', 'utrecht-button-link--html-a', appearanceClass[appearance].replace('button', 'button-link'), className];
  return <RouterLink className={cls.filter(Boolean).join(' ')} {...rest} />;
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}
