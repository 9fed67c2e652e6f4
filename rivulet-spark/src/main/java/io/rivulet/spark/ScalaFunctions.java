package io.rivulet.spark;

import java.io.Serializable;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;

/** Serializable Scala functions made from serializable Java lambdas, for the Spark APIs that take Scala's. */
final class ScalaFunctions {
    private ScalaFunctions() {}

    /** A serializable one-argument function. */
    @FunctionalInterface
    interface Fn1<A, B> extends Serializable {
        B apply(A a) throws Exception;
    }

    /** A serializable two-argument function. */
    @FunctionalInterface
    interface Fn2<A, B, C> extends Serializable {
        C apply(A a, B b) throws Exception;
    }

    static <A, B> scala.Function1<A, B> of(Fn1<A, B> fn) {
        return new Function1Adapter<>(fn);
    }

    static <A, B, C> scala.Function2<A, B, C> of(Fn2<A, B, C> fn) {
        return new Function2Adapter<>(fn);
    }

    private static final class Function1Adapter<A, B> extends AbstractFunction1<A, B> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Fn1<A, B> fn;

        Function1Adapter(Fn1<A, B> fn) {
            this.fn = fn;
        }

        @Override
        public B apply(A a) {
            try {
                return fn.apply(a);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new TaskException(e);
            }
        }
    }

    private static final class Function2Adapter<A, B, C> extends AbstractFunction2<A, B, C> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Fn2<A, B, C> fn;

        Function2Adapter(Fn2<A, B, C> fn) {
            this.fn = fn;
        }

        @Override
        public C apply(A a, B b) {
            try {
                return fn.apply(a, b);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new TaskException(e);
            }
        }
    }

    /** A checked exception of a user's function, carried through Spark's unchecked world; the driver unwraps it. */
    static final class TaskException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TaskException(Exception cause) {
            super(cause);
        }
    }
}
