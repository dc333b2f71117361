/** The readerable check alone (1 KB, CommonJS `module.exports = isProbablyReaderable`), without the whole Readability package. */
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
