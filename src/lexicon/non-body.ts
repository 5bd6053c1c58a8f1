/**
 * Non-body lines of a news page: navigation, share and subscription
 * prompts, bylines, datelines and photo credits. Data only; the recogniser
 * is pipeline/02-non-body.
 */

/** Whole lines that are navigation or page furniture, lower case, without final punctuation. */
export const NAVIGATION_LINES: ReadonlySet<string> = new Set([
  'all news', 'home', 'homepage', 'menu', 'main menu', 'search', 'skip to content', 'skip to main content', 'back to top',
  'read more', 'read also', 'see also', 'more', 'more news', 'more stories', 'more on this story', 'related', 'related news',
  'related articles', 'related stories', 'related topics', 'related coverage', 'most read', 'most popular', 'top stories',
  'latest news', 'latest', 'trending', 'recommended', 'you may also like', 'advertisement', 'sponsored', 'sponsored content',
  'share', 'share this', 'share this article', 'share this story', 'share this page', 'share on facebook', 'share on twitter',
  'share via email', 'tweet', 'email', 'print', 'print this article', 'comments', 'comment', 'show comments', 'leave a comment',
  'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'register', 'newsletter', 'follow us', 'listen',
  'listen to this article', 'watch', 'video', 'photos', 'gallery', 'all rights reserved', 'terms of use', 'privacy policy',
  'contact us', 'about us', 'topics', 'tags',
]);

/** Openings of a line that points to another page: "Read more: …", "See also › …" (a colon, an arrow or a bar follows). */
export const NAVIGATION_OPENINGS: readonly string[] = [
  'read more', 'read also', 'also read', 'see also', 'related', 'more on this', 'more on', 'more', 'watch', 'listen',
  'don’t miss', "don't miss", 'recommended', 'editor’s picks', "editor's picks", 'latest',
];

/** Openings of a short prompt to the reader: "Follow us on Twitter", "Subscribe to our newsletter". */
export const READER_PROMPTS: readonly string[] = [
  'follow us', 'share on', 'share this', 'share via', 'subscribe to', 'subscribe for', 'sign up for', 'sign up to',
  'click here', 'tap here', 'download our', 'download the', 'join us on', 'like us on', 'get the latest',
];

/** Where a reader is asked to follow someone: "Follow Pam Key on Twitter @pamkeyNEN". */
export const CHANNELS: readonly string[] = [
  'Twitter', 'X', 'Facebook', 'Instagram', 'Telegram', 'YouTube', 'TikTok', 'LinkedIn', 'WhatsApp', 'Threads', 'Bluesky',
  'Mastodon', 'Google News', 'Flipboard', 'RSS',
];

/** Words that, with a colon, open a photo caption or credit line: "Photo: …", "Pictured: …". */
export const CAPTION_WORDS: readonly string[] = [
  'photo', 'photos', 'photograph', 'picture', 'pictures', 'image', 'images', 'video', 'graphic', 'illustration', 'file photo',
  'photo credit', 'image credit', 'caption', 'credit', 'credits', 'pictured', 'above', 'top', 'left', 'right', 'main picture',
];

/** Openings of a caption or credit without a colon (the BBC's "Image copyright Getty Images"). */
export const CREDIT_OPENINGS: readonly string[] = ['image copyright', 'image caption', 'image source', 'media caption', '©', '(c)'];

/** What names a photograph at the end of a credit: "(AP Photo/Evan Vucci)", "/Getty Images", "Reuters/File Photo". */
export const PHOTO_WORDS: readonly string[] = ['Photo', 'Photos', 'Images', 'Image', 'Pictures', 'File Photo', 'Photographer'];

/** Month names and their abbreviations, as datelines write them ("December 13", "Dec. 13"). */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Capitalised words that follow "By" but name no author: "By Monday, …", "By The Way". */
export const NOT_AUTHOR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'tomorrow',
  'yesterday', 'then', 'now', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our',
  'my', 'your', 'law', 'contrast', 'comparison', 'far', 'midnight', 'noon', 'dawn', 'night', 'day', 'year', 'early',
  'late', 'most', 'some', 'all', 'way', 'christmas', 'easter', 'election', 'spring', 'summer', 'autumn', 'fall', 'winter',
  ...MONTHS.map((m) => m.toLowerCase()),
]);
