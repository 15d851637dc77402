import { NavLink } from 'react-router-dom';

/** One entry of the site navigation. */
export function NavItem({ to, label, testId, end }: { to: string; label: string; testId?: string; end?: boolean }) {
  return (
    <li>
      <NavLink to={to} end={end} data-testid={testId}>
        {label}
      </NavLink>
    </li>
  );
}
