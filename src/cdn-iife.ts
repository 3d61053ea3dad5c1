/**
 * Entry of the classic-script CDN build (`dist/cdn/fairkit.iife.js`): registers every tag and
 * exports nothing, so the page gains no global beyond the tag names.
 */
import './define.js';
