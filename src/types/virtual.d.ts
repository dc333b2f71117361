/** Virtual modules resolved by build.mjs (datasetPlugin) to the compiled dataset in build/data/. */
declare module 'sourcelight:dataset' {
  const bundle: import('../core/dataset/types').DatasetBundle;
  export default bundle;
}
declare module 'sourcelight:names' {
  const names: import('../core/dataset/types').NamesPayload<import('../core/types').CompiledIndex>;
  export default names;
}
