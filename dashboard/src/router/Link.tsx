import type { AnchorHTMLAttributes, MouseEvent } from 'react';

import { navigate } from './history';

/** Props of Link: an anchor's, with the same-origin path to go to. */
export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A real link (so it can be opened in a new tab, copied or bookmarked) that moves within the
 * dashboard without reloading the page when it is simply clicked.
 */
export function Link({ to, onClick, ...anchorProps }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Modified and middle clicks mean "new tab" or "download": leave those to the browser.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      anchorProps.target
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...anchorProps} />;
}
