import { type KeyboardEvent, type MouseEvent, type ReactNode, useId, useState } from 'react';

export interface LayoutProps {
  brand: ReactNode;
  nav: ReactNode;
  navLabel: string;
  /** the label of the button that opens the navigation on narrow screens */
  menuLabel: string;
  actions?: ReactNode;
  footer?: ReactNode;
  skipLinkLabel: string;
  children: ReactNode;
}

/**
 * The page frame. On a phone the navigation folds behind a menu button (a row of ten links would scroll sideways
 * and hide the last ones); from tablet width it is a row. Choosing a link closes the menu.
 */
export function Layout({ brand, nav, navLabel, menuLabel, actions, footer, skipLinkLabel, children }: LayoutProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  const closeOnChoice = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as Element).closest('a, button')) setMenuOpen(false);
  };
  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') setMenuOpen(false);
  };
  return (
    <div className="hs-layout">
      <a className="hs-skip-link" href="#main-content">
        {skipLinkLabel}
      </a>
      <header className="hs-header">
        <div className="hs-header__top">
          <div className="hs-header__brand">{brand}</div>
          <div className="hs-header__actions">
            {actions}
            <button
              type="button"
              className="hs-menu-toggle"
              aria-expanded={menuOpen}
              aria-controls={navId}
              data-testid="nav-menu-toggle"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span aria-hidden="true" className="hs-menu-toggle__icon">
                {menuOpen ? '✕' : '☰'}
              </span>
              <span className="hs-visually-hidden">{menuLabel}</span>
            </button>
          </div>
        </div>
        <nav id={navId} className={menuOpen ? 'hs-nav hs-nav--open' : 'hs-nav'} aria-label={navLabel} onClick={closeOnChoice} onKeyDown={closeOnEscape}>
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
