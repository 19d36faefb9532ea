import type { ReactNode } from 'react';

/** Props of TableContainer. */
export type TableContainerProps = {
  /** Names the box for screen readers; usually the table's caption. */
  label: string;
  children: ReactNode;
  className?: string;
};

/**
 * The box a table scrolls sideways in on a narrow screen, so the page itself never does (styles in
 * data-table.css, loaded with every page). It takes focus as a named region so keyboard users can
 * scroll it too (axe: scrollable-region-focusable). Printed, it shows the whole table (print.css).
 */
export function TableContainer({ label, children, className }: TableContainerProps) {
  return (
    <div className={className ? `app-table-container ${className}` : 'app-table-container'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
