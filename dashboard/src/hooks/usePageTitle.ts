import { useEffect } from 'react';

/** GOV.UK pattern: the window title names the view, and starts "Error:" (the first thing a screen reader reads) while there is a problem. */
export function usePageTitle(title: string, hasErrors: boolean): void {
  useEffect(() => {
    document.title = hasErrors ? `Error: ${title}` : title;
  }, [title, hasErrors]);
}
