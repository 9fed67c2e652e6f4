package io.rivulet.bench;

import java.io.Serializable;

/**
 * {@link AggRecord} as a Java bean, for Spark: its {@code createDataFrame(List, Class)} reads bean
 * properties (getters and setters) and finds none in a record, whose accessors are {@code l()}, not
 * {@code getL()}. The same four fields, so the same rows.
 */
public final class AggBean implements Serializable {
    private static final long serialVersionUID = 1L;

    private long l;
    private int i;
    private double d;
    private String s;

    public AggBean() {}

    public AggBean(AggRecord record) {
        this.l = record.l();
        this.i = record.i();
        this.d = record.d();
        this.s = record.s();
    }

    public long getL() {
        return l;
    }

    public void setL(long l) {
        this.l = l;
    }

    public int getI() {
        return i;
    }

    public void setI(int i) {
        this.i = i;
    }

    public double getD() {
        return d;
    }

    public void setD(double d) {
        this.d = d;
    }

    public String getS() {
        return s;
    }

    public void setS(String s) {
        this.s = s;
    }
}
