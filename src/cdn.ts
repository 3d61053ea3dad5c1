/**
 * Entry of the CDN build (`dist/cdn/fairkit.js`): registers every tag and exports the classes,
 * so `<script type="module" src=".../fairkit.js">` is all a page needs.
 */
import './define.js';
export * from './index.js';
