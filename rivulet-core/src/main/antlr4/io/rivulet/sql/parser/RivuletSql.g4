/*
 * Rivulet's SQL dialect: Spark SQL's, written for Rivulet (io.rivulet.sql.parser.AstBuilder turns the trees into
 * unresolved plans and expressions).
 *
 * How it is laid out, so that statements can be added without restructuring:
 *   - entry rules (single*) end in EOF; SqlParser calls one per public entry point;
 *   - `statement` has one labelled alternative per kind of statement: only queries for now; DDL and DML
 *     (CREATE, INSERT, ...) are new alternatives there, with their keywords added to the lexer and to
 *     `nonReserved`;
 *   - queries: `query` = CTEs, set operations of `queryPrimary`s, then the result clauses;
 *   - expressions, from loosest to tightest: booleanExpression (OR, AND, NOT, predicates), valueExpression
 *     (comparison, |, ^, &, + - ||, * / % DIV, unary - + ~), primaryExpression (literals, calls, CASE, CAST,
 *     x::type, a.b, a[i], lambdas), as Spark's operator precedence;
 *   - keywords: case-insensitive; every keyword may be an identifier (nonReserved) except the join and set
 *     keywords (strictNonReserved), which may name columns but not alias tables: Spark's default, when
 *     spark.sql.ansi.enforceReservedKeywords is off.
 */
grammar RivuletSql;

options { caseInsensitive = true; }

@lexer::members {
  /** Set when the input ends inside a bracketed comment; the parser then fails with UNCLOSED_BRACKETED_COMMENT. */
  public boolean hasUnclosedBracketedComment = false;

  /**
   * Whether a token with a dot ends here as a number: the next character is not a letter, a digit or an
   * underscore ("2.3W" is not the decimal 2.3), as Spark's lexer.
   */
  private boolean isValidDecimal() {
    int next = _input.LA(1);
    return !(next >= 'A' && next <= 'Z' || next >= 'a' && next <= 'z' || next >= '0' && next <= '9' || next == '_');
  }

  private void markUnclosedComment() {
    hasUnclosedBracketedComment = true;
  }
}

// ---- entry points ---------------------------------------------------------------------------------

singleStatement
    : statement SEMICOLON* EOF
    ;

singleExpression
    : namedExpression EOF
    ;

singleDataType
    : dataType EOF
    ;

singleTableSchema
    : colTypeList EOF
    ;

// ---- statements -----------------------------------------------------------------------------------

statement
    : query                                                            #statementDefault
    ;

// ---- queries --------------------------------------------------------------------------------------

query
    : ctes? queryTerm queryOrganization
    ;

ctes
    : WITH namedQuery (COMMA namedQuery)*
    ;

namedQuery
    : name=errorCapturingIdentifier (columnAliases=identifierList)? AS? LEFT_PAREN query RIGHT_PAREN
    ;

queryOrganization
    : (ORDER BY order+=sortItem (COMMA order+=sortItem)*)?
      (CLUSTER BY clusterBy+=expression (COMMA clusterBy+=expression)*)?
      (DISTRIBUTE BY distributeBy+=expression (COMMA distributeBy+=expression)*)?
      (SORT BY sort+=sortItem (COMMA sort+=sortItem)*)?
      windowClause?
      (LIMIT (ALL | limit=expression))?
      (OFFSET offset=expression)?
    ;

// INTERSECT binds tighter than UNION and EXCEPT, as the SQL standard (and Spark) has it.
queryTerm
    : queryPrimary                                                                  #queryTermDefault
    | left=queryTerm operator=INTERSECT setQuantifier? right=queryTerm              #setOperation
    | left=queryTerm operator=(UNION | EXCEPT | SETMINUS) setQuantifier? right=queryTerm #setOperation
    ;

queryPrimary
    : querySpecification                                                    #queryPrimaryDefault
    | TABLE multipartIdentifier                                             #table
    | inlineTable                                                           #inlineTableDefault1
    | LEFT_PAREN query RIGHT_PAREN                                          #subquery
    ;

querySpecification
    : selectClause
      fromClause?
      whereClause?
      aggregationClause?
      havingClause?
      windowClause?
    ;

selectClause
    : SELECT setQuantifier? namedExpressionSeq
    ;

fromClause
    : FROM relation (COMMA relation)* lateralView*
    ;

whereClause
    : WHERE booleanExpression
    ;

havingClause
    : HAVING booleanExpression
    ;

aggregationClause
    : GROUP BY groupingExpressions+=expression (COMMA groupingExpressions+=expression)*
    ;

lateralView
    : LATERAL VIEW (OUTER)? qualifiedName LEFT_PAREN (expression (COMMA expression)*)? RIGHT_PAREN
      tblName=identifier (AS? colName+=identifier (COMMA colName+=identifier)*)?
    ;

setQuantifier
    : DISTINCT
    | ALL
    ;

relation
    : relationPrimary joinRelation*
    ;

joinRelation
    : joinType JOIN right=relationPrimary joinCriteria?
    | NATURAL joinType JOIN right=relationPrimary
    ;

joinType
    : INNER?
    | CROSS
    | LEFT OUTER?
    | LEFT? SEMI
    | RIGHT OUTER?
    | FULL OUTER?
    | LEFT? ANTI
    ;

joinCriteria
    : ON booleanExpression
    | USING identifierList
    ;

identifierList
    : LEFT_PAREN identifierSeq RIGHT_PAREN
    ;

identifierSeq
    : ident+=errorCapturingIdentifier (COMMA ident+=errorCapturingIdentifier)*
    ;

relationPrimary
    : multipartIdentifier tableAlias                        #tableName
    | LEFT_PAREN query RIGHT_PAREN tableAlias               #aliasedQuery
    | LEFT_PAREN relation RIGHT_PAREN tableAlias            #aliasedRelation
    | inlineTable                                           #inlineTableDefault2
    ;

inlineTable
    : VALUES expression (COMMA expression)* tableAlias
    ;

tableAlias
    : (AS? strictIdentifier identifierList?)?
    ;

windowClause
    : WINDOW namedWindow (COMMA namedWindow)*
    ;

namedWindow
    : name=errorCapturingIdentifier AS windowSpec
    ;

sortItem
    : expression ordering=(ASC | DESC)? (NULLS nullOrder=(LAST | FIRST))?
    ;

// ---- expressions ----------------------------------------------------------------------------------

namedExpression
    : expression (AS? (name=errorCapturingIdentifier | identifierList))?
    ;

namedExpressionSeq
    : namedExpression (COMMA namedExpression)*
    ;

expression
    : booleanExpression
    ;

booleanExpression
    : (NOT | BANG) booleanExpression                               #logicalNot
    | valueExpression predicate?                                   #predicated
    | left=booleanExpression operator=AND right=booleanExpression  #logicalBinary
    | left=booleanExpression operator=OR right=booleanExpression   #logicalBinary
    ;

predicate
    : errorCapturingNot? kind=BETWEEN lower=valueExpression AND upper=valueExpression
    | errorCapturingNot? kind=IN LEFT_PAREN expression (COMMA expression)* RIGHT_PAREN
    | errorCapturingNot? kind=RLIKE pattern=valueExpression
    | errorCapturingNot? kind=(LIKE | ILIKE) pattern=valueExpression (ESCAPE escapeChar=stringLit)?
    | IS errorCapturingNot? kind=NULL
    | IS errorCapturingNot? kind=(TRUE | FALSE | UNKNOWN)
    | IS errorCapturingNot? kind=DISTINCT FROM right=valueExpression
    ;

errorCapturingNot
    : NOT
    | BANG
    ;

valueExpression
    : primaryExpression                                                                      #valueExpressionDefault
    | operator=(MINUS | PLUS | TILDE) valueExpression                                        #arithmeticUnary
    | left=valueExpression operator=(ASTERISK | SLASH | PERCENT | DIV) right=valueExpression #arithmeticBinary
    | left=valueExpression operator=(PLUS | MINUS | CONCAT_PIPE) right=valueExpression       #arithmeticBinary
    | left=valueExpression operator=AMPERSAND right=valueExpression                          #arithmeticBinary
    | left=valueExpression operator=HAT right=valueExpression                                #arithmeticBinary
    | left=valueExpression operator=PIPE right=valueExpression                               #arithmeticBinary
    | left=valueExpression comparisonOperator right=valueExpression                          #comparison
    ;

primaryExpression
    : CASE whenClause+ (ELSE elseExpression=expression)? END                                   #searchedCase
    | CASE value=expression whenClause+ (ELSE elseExpression=expression)? END                  #simpleCase
    | name=(CAST | TRY_CAST) LEFT_PAREN expression AS dataType RIGHT_PAREN                     #cast
    | primaryExpression DOUBLE_COLON dataType                                                  #castByColon
    | STRUCT LEFT_PAREN (argument+=namedExpression (COMMA argument+=namedExpression)*)? RIGHT_PAREN #struct
    | FIRST LEFT_PAREN expression (IGNORE NULLS)? RIGHT_PAREN                                  #first
    | LAST LEFT_PAREN expression (IGNORE NULLS)? RIGHT_PAREN                                   #last
    | constant                                                                                 #constantDefault
    | ASTERISK                                                                                 #star
    | qualifiedName DOT ASTERISK                                                               #star
    | LEFT_PAREN namedExpression (COMMA namedExpression)+ RIGHT_PAREN                          #rowConstructor
    | functionName LEFT_PAREN (setQuantifier? argument+=expression
       (COMMA argument+=expression)*)? RIGHT_PAREN
       (OVER windowSpec)?                                                                      #functionCall
    | identifier ARROW expression                                                              #lambda
    | LEFT_PAREN identifier (COMMA identifier)+ RIGHT_PAREN ARROW expression                   #lambda
    | value=primaryExpression LEFT_BRACKET index=valueExpression RIGHT_BRACKET                 #subscript
    | identifier                                                                               #columnReference
    | base=primaryExpression DOT fieldName=identifier                                          #dereference
    | LEFT_PAREN expression RIGHT_PAREN                                                        #parenthesizedExpression
    | EXTRACT LEFT_PAREN field=identifier FROM source=valueExpression RIGHT_PAREN              #extract
    | (SUBSTR | SUBSTRING) LEFT_PAREN str=valueExpression (FROM | COMMA) pos=valueExpression
      ((FOR | COMMA) len=valueExpression)? RIGHT_PAREN                                         #substring
    ;

whenClause
    : WHEN condition=expression THEN result=expression
    ;

functionName
    : qualifiedName
    | LEFT
    | RIGHT
    ;

windowSpec
    : name=errorCapturingIdentifier                         #windowRef
    | LEFT_PAREN name=errorCapturingIdentifier RIGHT_PAREN  #windowRef
    | LEFT_PAREN
      ( CLUSTER BY partition+=expression (COMMA partition+=expression)*
      | ((PARTITION | DISTRIBUTE) BY partition+=expression (COMMA partition+=expression)*)?
        ((ORDER | SORT) BY sortItem (COMMA sortItem)*)?)
      windowFrame?
      RIGHT_PAREN                                           #windowDef
    ;

windowFrame
    : frameType=RANGE start=frameBound
    | frameType=ROWS start=frameBound
    | frameType=RANGE BETWEEN start=frameBound AND end=frameBound
    | frameType=ROWS BETWEEN start=frameBound AND end=frameBound
    ;

frameBound
    : UNBOUNDED boundType=(PRECEDING | FOLLOWING)
    | boundType=CURRENT ROW
    | expression boundType=(PRECEDING | FOLLOWING)
    ;

// ---- literals -------------------------------------------------------------------------------------

constant
    : NULL                                                     #nullLiteral
    | interval                                                 #intervalLiteral
    | literalType stringLit                                    #typeConstructor
    | number                                                   #numericLiteral
    | booleanValue                                             #booleanLiteral
    | stringLit+                                               #stringLiteral
    ;

literalType
    : DATE
    | TIMESTAMP | TIMESTAMP_LTZ | TIMESTAMP_NTZ
    | INTERVAL
    | BINARY_HEX
    | unsupportedType=identifier
    ;

comparisonOperator
    : EQ | NEQ | NEQJ | LT | LTE | GT | GTE | NSEQ
    ;

booleanValue
    : TRUE | FALSE
    ;

interval
    : INTERVAL (multiUnitsInterval | unitToUnitInterval)
    ;

multiUnitsInterval
    : (intervalValue unit+=unitInMultiUnits)+
    ;

unitToUnitInterval
    : value=intervalValue from=unitInUnitToUnit TO to=unitInUnitToUnit
    ;

intervalValue
    : (PLUS | MINUS)?
      (INTEGER_VALUE | DECIMAL_VALUE | stringLit)
    ;

unitInMultiUnits
    : MICROSECOND | MICROSECONDS | MILLISECOND | MILLISECONDS
    | SECOND | SECONDS | MINUTE | MINUTES | HOUR | HOURS | DAY | DAYS | WEEK | WEEKS
    | MONTH | MONTHS | YEAR | YEARS
    ;

unitInUnitToUnit
    : SECOND | MINUTE | HOUR | DAY | MONTH | YEAR
    ;

// A leading minus belongs to the literal (-2147483648 is an int), as in Spark.
number
    : MINUS? EXPONENT_VALUE           #exponentLiteral
    | MINUS? DECIMAL_VALUE            #decimalLiteral
    | MINUS? INTEGER_VALUE            #integerLiteral
    | MINUS? BIGINT_LITERAL           #bigIntLiteral
    | MINUS? SMALLINT_LITERAL         #smallIntLiteral
    | MINUS? TINYINT_LITERAL          #tinyIntLiteral
    | MINUS? DOUBLE_LITERAL           #doubleLiteral
    | MINUS? FLOAT_LITERAL            #floatLiteral
    | MINUS? BIGDECIMAL_LITERAL       #bigDecimalLiteral
    ;

stringLit
    : STRING_LITERAL
    | DOUBLEQUOTED_STRING
    ;

// ---- data types -----------------------------------------------------------------------------------

dataType
    : complex=ARRAY LT dataType GT                              #complexDataType
    | complex=MAP LT dataType COMMA dataType GT                 #complexDataType
    | complex=STRUCT (LT complexColTypeList? GT | NEQ)          #complexDataType
    | type (LEFT_PAREN INTEGER_VALUE
      (COMMA INTEGER_VALUE)* RIGHT_PAREN)?                      #primitiveDataType
    ;

type
    : BOOLEAN
    | TINYINT | BYTE
    | SMALLINT | SHORT
    | INT | INTEGER
    | BIGINT | LONG
    | FLOAT | REAL
    | DOUBLE
    | DATE
    | TIMESTAMP | TIMESTAMP_NTZ | TIMESTAMP_LTZ
    | STRING
    | CHARACTER | CHAR
    | VARCHAR
    | BINARY
    | DECIMAL | DEC | NUMERIC
    | VOID
    | INTERVAL
    | ARRAY | STRUCT | MAP
    | unsupportedType=identifier
    ;

colTypeList
    : colType (COMMA colType)*
    ;

colType
    : colName=errorCapturingIdentifier dataType (errorCapturingNot NULL)? commentSpec?
    ;

complexColTypeList
    : complexColType (COMMA complexColType)*
    ;

complexColType
    : errorCapturingIdentifier COLON? dataType (errorCapturingNot NULL)? commentSpec?
    ;

commentSpec
    : COMMENT stringLit
    ;

// ---- identifiers ----------------------------------------------------------------------------------

qualifiedName
    : identifier (DOT identifier)*
    ;

multipartIdentifier
    : parts+=errorCapturingIdentifier (DOT parts+=errorCapturingIdentifier)*
    ;

// Captures "my-table", which must be quoted, to say so (INVALID_IDENTIFIER) rather than fail on the minus.
errorCapturingIdentifier
    : identifier errorCapturingIdentifierExtra
    ;

errorCapturingIdentifierExtra
    : (MINUS identifier)+    #errorIdent
    |                        #realIdent
    ;

identifier
    : strictIdentifier
    | strictNonReserved
    ;

strictIdentifier
    : IDENTIFIER              #unquotedIdentifier
    | quotedIdentifier        #quotedIdentifierAlternative
    | nonReserved             #unquotedIdentifier
    ;

quotedIdentifier
    : BACKQUOTED_IDENTIFIER
    ;

// Keywords that may name a column but not alias a table (FROM t LEFT JOIN u: LEFT is no alias of t).
strictNonReserved
    : ANTI | CROSS | EXCEPT | FULL | INNER | INTERSECT | JOIN | LATERAL | LEFT | NATURAL | ON | RIGHT | SEMI
    | SETMINUS | UNION | USING
    ;

// Every other keyword: an identifier wherever one may stand. A new keyword goes in the lexer and here.
nonReserved
    : ALL | AND | ARRAY | AS | ASC | BETWEEN | BIGINT | BINARY | BINARY_HEX | BOOLEAN | BY | BYTE | CASE | CAST
    | CHAR | CHARACTER | CLUSTER | COMMENT | CURRENT | DATE | DAY | DAYS
    | DEC | DECIMAL | DESC | DISTINCT | DISTRIBUTE | DIV | DOUBLE | ELSE | END | ESCAPE | EXTRACT | FALSE
    | FIRST | FLOAT | FOLLOWING | FOR | FROM | GROUP | HAVING | HOUR | HOURS | IGNORE | ILIKE | IN | INT
    | INTEGER | INTERVAL | IS | LAST | LIKE | LIMIT | LONG | MAP | MICROSECOND | MICROSECONDS | MILLISECOND
    | MILLISECONDS | MINUTE | MINUTES | MONTH | MONTHS | NOT | NULL | NULLS | NUMERIC | OFFSET | OR | ORDER
    | OUTER | OVER | PARTITION | PRECEDING | RANGE | REAL | RLIKE | ROW | ROWS | SECOND | SECONDS | SELECT
    | SHORT | SMALLINT | SORT | STRING | STRUCT | SUBSTR | SUBSTRING | TABLE | THEN | TIMESTAMP
    | TIMESTAMP_LTZ | TIMESTAMP_NTZ | TINYINT | TO | TRUE | TRY_CAST | UNBOUNDED | UNKNOWN | VALUES
    | VARCHAR | VIEW | VOID | WEEK | WEEKS | WHEN | WHERE | WINDOW | WITH | YEAR | YEARS
    ;

// ---- lexer ----------------------------------------------------------------------------------------

SEMICOLON: ';';
LEFT_PAREN: '(';
RIGHT_PAREN: ')';
COMMA: ',';
DOT: '.';
LEFT_BRACKET: '[';
RIGHT_BRACKET: ']';
BANG: '!';

// Keywords, in alphabetical order (each also in nonReserved or strictNonReserved above).
ALL: 'ALL';
AND: 'AND';
ANTI: 'ANTI';
ARRAY: 'ARRAY';
AS: 'AS';
ASC: 'ASC';
BETWEEN: 'BETWEEN';
BIGINT: 'BIGINT';
BINARY: 'BINARY';
BINARY_HEX: 'X';
BOOLEAN: 'BOOLEAN';
BY: 'BY';
BYTE: 'BYTE';
CASE: 'CASE';
CAST: 'CAST';
CHAR: 'CHAR';
CHARACTER: 'CHARACTER';
CLUSTER: 'CLUSTER';
COMMENT: 'COMMENT';
CROSS: 'CROSS';
CURRENT: 'CURRENT';
DATE: 'DATE';
DAY: 'DAY';
DAYS: 'DAYS';
DEC: 'DEC';
DECIMAL: 'DECIMAL';
DESC: 'DESC';
DISTINCT: 'DISTINCT';
DISTRIBUTE: 'DISTRIBUTE';
DIV: 'DIV';
DOUBLE: 'DOUBLE';
ELSE: 'ELSE';
END: 'END';
ESCAPE: 'ESCAPE';
EXCEPT: 'EXCEPT';
EXTRACT: 'EXTRACT';
FALSE: 'FALSE';
FIRST: 'FIRST';
FLOAT: 'FLOAT';
FOLLOWING: 'FOLLOWING';
FOR: 'FOR';
FROM: 'FROM';
FULL: 'FULL';
GROUP: 'GROUP';
HAVING: 'HAVING';
HOUR: 'HOUR';
HOURS: 'HOURS';
IGNORE: 'IGNORE';
ILIKE: 'ILIKE';
IN: 'IN';
INNER: 'INNER';
INT: 'INT';
INTEGER: 'INTEGER';
INTERSECT: 'INTERSECT';
INTERVAL: 'INTERVAL';
IS: 'IS';
JOIN: 'JOIN';
LAST: 'LAST';
LATERAL: 'LATERAL';
LEFT: 'LEFT';
LIKE: 'LIKE';
LIMIT: 'LIMIT';
LONG: 'LONG';
MAP: 'MAP';
MICROSECOND: 'MICROSECOND';
MICROSECONDS: 'MICROSECONDS';
MILLISECOND: 'MILLISECOND';
MILLISECONDS: 'MILLISECONDS';
MINUTE: 'MINUTE';
MINUTES: 'MINUTES';
MONTH: 'MONTH';
MONTHS: 'MONTHS';
NATURAL: 'NATURAL';
NOT: 'NOT';
NULL: 'NULL';
NULLS: 'NULLS';
NUMERIC: 'NUMERIC';
OFFSET: 'OFFSET';
ON: 'ON';
OR: 'OR';
ORDER: 'ORDER';
OUTER: 'OUTER';
OVER: 'OVER';
PARTITION: 'PARTITION';
PRECEDING: 'PRECEDING';
RANGE: 'RANGE';
REAL: 'REAL';
RIGHT: 'RIGHT';
RLIKE: 'RLIKE' | 'REGEXP';
ROW: 'ROW';
ROWS: 'ROWS';
SECOND: 'SECOND';
SECONDS: 'SECONDS';
SELECT: 'SELECT';
SEMI: 'SEMI';
SETMINUS: 'MINUS';
SHORT: 'SHORT';
SMALLINT: 'SMALLINT';
SORT: 'SORT';
STRING: 'STRING';
STRUCT: 'STRUCT';
SUBSTR: 'SUBSTR';
SUBSTRING: 'SUBSTRING';
TABLE: 'TABLE';
THEN: 'THEN';
TIMESTAMP: 'TIMESTAMP';
TIMESTAMP_LTZ: 'TIMESTAMP_LTZ';
TIMESTAMP_NTZ: 'TIMESTAMP_NTZ';
TINYINT: 'TINYINT';
TO: 'TO';
TRUE: 'TRUE';
TRY_CAST: 'TRY_CAST';
UNBOUNDED: 'UNBOUNDED';
UNION: 'UNION';
UNKNOWN: 'UNKNOWN';
USING: 'USING';
VALUES: 'VALUES';
VARCHAR: 'VARCHAR';
VIEW: 'VIEW';
VOID: 'VOID';
WEEK: 'WEEK';
WEEKS: 'WEEKS';
WHEN: 'WHEN';
WHERE: 'WHERE';
WINDOW: 'WINDOW';
WITH: 'WITH';
YEAR: 'YEAR';
YEARS: 'YEARS';

EQ  : '=' | '==';
NSEQ: '<=>';
NEQ : '<>';
NEQJ: '!=';
LT  : '<';
LTE : '<=' | '!>';
GT  : '>';
GTE : '>=' | '!<';

PLUS: '+';
MINUS: '-';
ASTERISK: '*';
SLASH: '/';
PERCENT: '%';
TILDE: '~';
AMPERSAND: '&';
PIPE: '|';
CONCAT_PIPE: '||';
HAT: '^';
COLON: ':';
DOUBLE_COLON: '::';
ARROW: '->';

// Quotes: 'it\'s', "say \"hi\"", r'C:\raw' (no escapes). Adjacent literals are one string ('a' 'b' is 'ab').
STRING_LITERAL
    : '\'' ( ~('\''|'\\') | ('\\' .) )* '\''
    | 'R\'' (~'\'')* '\''
    | 'R"'(~'"')* '"'
    ;

DOUBLEQUOTED_STRING
    :'"' ( ~('"'|'\\') | ('\\' .) )* '"'
    ;

BIGINT_LITERAL
    : DIGIT+ 'L'
    ;

SMALLINT_LITERAL
    : DIGIT+ 'S'
    ;

TINYINT_LITERAL
    : DIGIT+ 'Y'
    ;

INTEGER_VALUE
    : DIGIT+
    ;

EXPONENT_VALUE
    : DIGIT+ EXPONENT
    | DECIMAL_DIGITS EXPONENT {isValidDecimal()}?
    ;

DECIMAL_VALUE
    : DECIMAL_DIGITS {isValidDecimal()}?
    ;

FLOAT_LITERAL
    : DIGIT+ EXPONENT? 'F'
    | DECIMAL_DIGITS EXPONENT? 'F' {isValidDecimal()}?
    ;

DOUBLE_LITERAL
    : DIGIT+ EXPONENT? 'D'
    | DECIMAL_DIGITS EXPONENT? 'D' {isValidDecimal()}?
    ;

BIGDECIMAL_LITERAL
    : DIGIT+ EXPONENT? 'BD'
    | DECIMAL_DIGITS EXPONENT? 'BD' {isValidDecimal()}?
    ;

// Unicode letters are lexed so that the parser can say such a name must be quoted (INVALID_IDENTIFIER).
IDENTIFIER
    : (UNICODE_LETTER | DIGIT | '_')+
    ;

BACKQUOTED_IDENTIFIER
    : '`' ( ~'`' | '``' )* '`'
    ;

fragment DECIMAL_DIGITS
    : DIGIT+ '.' DIGIT*
    | '.' DIGIT+
    ;

fragment EXPONENT
    : 'E' [+-]? DIGIT+
    ;

fragment DIGIT
    : [0-9]
    ;

fragment UNICODE_LETTER
    : [\p{L}]
    ;

SIMPLE_COMMENT
    : '--' ('\\\n' | ~[\r\n])* '\r'? '\n'? -> channel(HIDDEN)
    ;

// Hints (/*+ BROADCAST(t) */) are read as comments for now.
BRACKETED_COMMENT
    : '/*' ( BRACKETED_COMMENT | . )*? ('*/' | {markUnclosedComment();} EOF) -> channel(HIDDEN)
    ;

WS
    : [ \t\n\f\r\u000B\u00A0\u1680\u2000-\u200A\u2028\u202F\u205F\u3000]+ -> channel(HIDDEN)
    ;

// Anything else: one character the parser reports as a syntax error at its position.
UNRECOGNIZED
    : .
    ;
