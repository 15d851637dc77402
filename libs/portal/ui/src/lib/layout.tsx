import type { ReactNode } from 'react';

export interface LayoutProps {
  brand: ReactNode;
  nav: ReactNode;
  navLabel: string;
  actions?: ReactNode;
  footer?: ReactNode;
  skipLinkLabel: string;
  children: ReactNode;
}

export function Layout({ brand, nav, navLabel, actions, footer, skipLinkLabel, children }: LayoutProps) {
  return (
    <div className="hs-layout">
      <a className="hs-skip-link" href="#main-content">
        {skipLinkLabel}
      </a>
      <header className="hs-header">
        <div className="hs-header__top">
          <div className="hs-header__brand">{brand}</div>
          {actions && <div className="hs-header__actions">{actions}</div>}
        </div>
        <nav className="hs-nav" aria-label={navLabel}>
          {nav}
        </nav>
      </header>
      <main id="main-content" className="hs-main" tabIndex={-1}>
        {children}
      </main>
      {footer && <footer className="hs-footer">{footer}</footer>}
    </div>
  );
}
