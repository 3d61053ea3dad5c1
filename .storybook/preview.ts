// Every story renders inside a wrapper carrying the toolbar's language and colour scheme, the two
// things a host page decides for fairkit's elements (`lang` on an ancestor, `color-scheme`).
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

const withLangAndScheme: Decorator = (story, context) => {
  const lang = String(context.globals['lang'] ?? 'zh-CN');
  const scheme = context.globals['scheme'] === 'dark' ? 'dark' : 'light';
  const colors =
    scheme === 'dark' ? 'background:#1b1b1f;color:#e8e8ec' : 'background:#fff;color:#1b1b1f';
  return html`<div lang=${lang} style="color-scheme:${scheme};${colors};padding:1rem">
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withLangAndScheme],
  globalTypes: {
    lang: {
      description: 'Language of the page around the element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the element',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'zh-CN', scheme: 'light' },
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
