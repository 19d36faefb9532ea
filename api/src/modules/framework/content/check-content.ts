import { loadFrameworkContent } from './framework-content.loader';

/** `npm run content:check`: validates every framework file and prints a one-line summary of each. */
try {
  for (const { file, content } of loadFrameworkContent()) {
    const items = content.sections.reduce((n, s) => n + s.items.length, 0);
    console.log(
      `ok  ${file}: ${content.sections.length} ${content.sectionLabel.toLowerCase()}s, ${items} items, ${content.dimensions.length} dimension(s), ${content.themes.length} themes`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
