// Stands in for ajv's compiler in the page: with precompiled validators the engine never calls it.
export default function noAjvCompiler() {
  throw new Error('this page compiles no schema (no eval under its Content-Security-Policy): use the generated validators');
}
