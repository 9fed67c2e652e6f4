package io.rivulet.sql.expr;

/** An expression that gives a column a name: an attribute, or an alias ({@code expr AS name}). */
public interface NamedExpression extends Expression {
    String name();

    ExprId exprId();

    /** The attribute under which the plan's output carries this column. */
    AttributeReference toAttribute();
}
