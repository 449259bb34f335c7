import type { ReactNode } from 'react';

/** A page's title block: a kicker over the title, then what the page says under it. */
export function TitleBlock({
  className,
  kicker,
  title,
  children,
}: {
  readonly className: string;
  readonly kicker: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <header className={className}>
      <p className="kicker">{kicker}</p>
      <h1>{title}</h1>
      {children}
    </header>
  );
}
