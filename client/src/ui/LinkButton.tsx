import { Link, type LinkProps } from 'react-router';
import type { ButtonVariant } from './Button.tsx';

interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
  size?: 'normal' | 'large';
}

/** Navigation that looks like a button; it stays a link for assistive technology. */
export function LinkButton({ variant = 'primary', size = 'normal', className, ...rest }: LinkButtonProps) {
  const classes = ['btn', `btn--${variant}`, size === 'large' ? 'btn--large' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <Link className={classes} {...rest} />;
}
