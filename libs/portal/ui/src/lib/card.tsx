import type { HTMLAttributes, ReactNode } from 'react';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  footer?: ReactNode;
  headingLevel?: 2 | 3;
}

export function Card({ title, footer, headingLevel = 2, className, children, ...rest }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section {...rest} className={['hs-card', className ?? ''].filter(Boolean).join(' ')}>
      {title && <Heading className="hs-card__title">{title}</Heading>}
      <div className="hs-card__body">{children}</div>
      {footer && <div className="hs-card__footer">{footer}</div>}
    </section>
  );
}
