import { Link as RouterLink, type LinkProps } from 'react-router';

export function Link({ className, ...rest }: LinkProps) {
  return <RouterLink className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...rest} />;
}
