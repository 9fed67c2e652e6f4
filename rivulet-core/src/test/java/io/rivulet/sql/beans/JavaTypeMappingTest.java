package io.rivulet.sql.beans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.RowBatches;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Schemas and conversions of records and beans, as Spark's JavaTypeInference and Encoders.bean. */
class JavaTypeMappingTest {
    enum Color {
        RED,
        GREEN
    }

    record Address(String city, Integer zip) {}

    record Person(
            String name,
            int age,
            Address address,
            List<String> tags,
            Map<String, Integer> scores,
            LocalDate born,
            Color color,
            double[] weights) {}

    /** A bean: its schema is its properties sorted by name, not its declaration order. */
    public static class Order {
        private long id;
        private String customer;
        private boolean paid;
        private List<Item> items = new ArrayList<>();
        private Instant placed;
        private java.sql.Timestamp shipped;
        private java.sql.Date due;
        private LocalDateTime local;
        private BigInteger big;
        private Set<String> labels;
        private byte[] receipt;

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        public boolean isPaid() {
            return paid;
        }

        public void setPaid(boolean paid) {
            this.paid = paid;
        }

        public List<Item> getItems() {
            return items;
        }

        public void setItems(List<Item> items) {
            this.items = items;
        }

        public Instant getPlaced() {
            return placed;
        }

        public void setPlaced(Instant placed) {
            this.placed = placed;
        }

        public java.sql.Timestamp getShipped() {
            return shipped;
        }

        public void setShipped(java.sql.Timestamp shipped) {
            this.shipped = shipped;
        }

        public java.sql.Date getDue() {
            return due;
        }

        public void setDue(java.sql.Date due) {
            this.due = due;
        }

        public LocalDateTime getLocal() {
            return local;
        }

        public void setLocal(LocalDateTime local) {
            this.local = local;
        }

        public BigInteger getBig() {
            return big;
        }

        public void setBig(BigInteger big) {
            this.big = big;
        }

        public Set<String> getLabels() {
            return labels;
        }

        public void setLabels(Set<String> labels) {
            this.labels = labels;
        }

        public byte[] getReceipt() {
            return receipt;
        }

        public void setReceipt(byte[] receipt) {
            this.receipt = receipt;
        }

        /** Read-only: in the schema, skipped when rows become orders. */
        public int getItemCount() {
            return items == null ? 0 : items.size();
        }
    }

    public static class Item {
        private String sku;
        private BigDecimal price;

        public Item() {}

        Item(String sku, BigDecimal price) {
            this.sku = sku;
            this.price = price;
        }

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }
    }

    record Cycle(String name, Cycle next) {}

    record Holder(Object anything) {}

    record Raw(@SuppressWarnings("rawtypes") List list) {}

    record Generic<T>(T value) {}

    record Primitive(int count) {}

    @Test
    void recordsMapComponentsInOrderWithSparksTypes() {
        assertThat(JavaTypeMapping.schemaFor(Person.class).treeString()).isEqualTo("""
                root
                 |-- name: string (nullable = true)
                 |-- age: integer (nullable = false)
                 |-- address: struct (nullable = true)
                 |    |-- city: string (nullable = true)
                 |    |-- zip: integer (nullable = true)
                 |-- tags: array (nullable = true)
                 |    |-- element: string (containsNull = true)
                 |-- scores: map (nullable = true)
                 |    |-- key: string
                 |    |-- value: integer (valueContainsNull = true)
                 |-- born: date (nullable = true)
                 |-- color: string (nullable = true)
                 |-- weights: array (nullable = true)
                 |    |-- element: double (containsNull = false)
                """);
    }

    @Test
    void beansMapPropertiesSortedByName() {
        assertThat(JavaTypeMapping.schemaFor(Order.class).treeString()).isEqualTo("""
                root
                 |-- big: decimal(38,0) (nullable = true)
                 |-- customer: string (nullable = true)
                 |-- due: date (nullable = true)
                 |-- id: long (nullable = false)
                 |-- itemCount: integer (nullable = false)
                 |-- items: array (nullable = true)
                 |    |-- element: struct (containsNull = true)
                 |    |    |-- price: decimal(38,18) (nullable = true)
                 |    |    |-- sku: string (nullable = true)
                 |-- labels: array (nullable = true)
                 |    |-- element: string (containsNull = true)
                 |-- local: timestamp_ntz (nullable = true)
                 |-- paid: boolean (nullable = false)
                 |-- placed: timestamp (nullable = true)
                 |-- receipt: binary (nullable = true)
                 |-- shipped: timestamp (nullable = true)
                """);
        assertThat(JavaTypeMapping.dataTypeFor(Item.class))
                .isEqualTo(new StructType()
                        .add("price", DataTypes.createDecimalType(38, 18))
                        .add("sku", DataTypes.StringType));
    }

    @Test
    void recordsRoundTripThroughRowsAndColumnBatches() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("math", 90);
        scores.put("art", null);
        Person ada = new Person(
                "Ada",
                36,
                new Address("London", null),
                Arrays.asList("x", null),
                scores,
                LocalDate.of(1815, 12, 10),
                Color.GREEN,
                new double[] {1.5, 2});
        Person nobody = new Person(null, 0, null, null, null, null, null, null);
        Function<Person, Row> toRow = JavaTypeMapping.toRow(Person.class);
        Function<Row, Person> fromRow = JavaTypeMapping.fromRow(Person.class);

        Row row = toRow.apply(ada);
        assertThat(row.schema()).isEqualTo(JavaTypeMapping.schemaFor(Person.class));
        assertThat(row.<String>getAs("color")).isEqualTo("GREEN");
        assertThat(row.<Row>getAs("address").<String>getAs("city")).isEqualTo("London");
        assertThat(row.<List<Double>>getAs("weights")).containsExactly(1.5, 2.0);

        StructType schema = JavaTypeMapping.schemaFor(Person.class);
        List<Row> viaBatches = RowBatches.toRows(RowBatches.toBatch(List.of(row, toRow.apply(nobody)), schema), schema);
        Person back = fromRow.apply(viaBatches.get(0));
        assertThat(back.name()).isEqualTo("Ada");
        assertThat(back.address()).isEqualTo(new Address("London", null));
        assertThat(back.tags()).containsExactly("x", null);
        assertThat(back.scores())
                .containsExactly(Map.entry("math", 90), new java.util.AbstractMap.SimpleEntry<>("art", null));
        assertThat(back.weights()).containsExactly(1.5, 2.0);
        assertThat(back).usingRecursiveComparison().isEqualTo(ada);
        assertThat(fromRow.apply(viaBatches.get(1))).usingRecursiveComparison().isEqualTo(nobody);
    }

    @Test
    void beansRoundTripWithNestedBeansAndJavaSqlTypes() {
        Order order = new Order();
        order.setId(7);
        order.setCustomer("Grace");
        order.setPaid(true);
        order.setItems(Arrays.asList(new Item("a", new BigDecimal("1.500000000000000000")), null));
        order.setPlaced(Instant.parse("2024-01-31T10:00:00Z"));
        order.setShipped(java.sql.Timestamp.from(Instant.parse("2024-02-01T10:00:00.123456Z")));
        order.setDue(java.sql.Date.valueOf("2024-02-15"));
        order.setLocal(LocalDateTime.of(2024, 1, 31, 10, 0));
        order.setBig(new BigInteger("123456789012345678901234567890"));
        order.setLabels(new LinkedHashSet<>(List.of("b", "a")));
        order.setReceipt(new byte[] {1, 2});

        StructType schema = JavaTypeMapping.schemaFor(Order.class);
        Row row = JavaTypeMapping.toRow(Order.class).apply(order);
        assertThat(row.<Object>getAs("due")).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(row.<Object>getAs("shipped")).isEqualTo(Instant.parse("2024-02-01T10:00:00.123456Z"));
        assertThat(row.<Integer>getAs("itemCount")).isEqualTo(2);
        Row stored = RowBatches.toRows(RowBatches.toBatch(List.of(row), schema), schema)
                .get(0);

        Order back = JavaTypeMapping.fromRow(Order.class).apply(stored);
        assertThat(back).usingRecursiveComparison().isEqualTo(order);
        assertThat(back.getLabels()).isInstanceOf(LinkedHashSet.class).containsExactly("b", "a");
        assertThat(back.getShipped()).isEqualTo(order.getShipped());
    }

    @Test
    void fieldsMatchByNameIgnoringCaseOrByPosition() {
        StructType upper = new StructType()
                .add("extra", DataTypes.LongType)
                .add("ZIP", DataTypes.IntegerType)
                .add("City", DataTypes.StringType);
        Address address =
                JavaTypeMapping.fromRow(Address.class).apply(new GenericRow(new Object[] {1L, 75, "Paris"}, upper));
        assertThat(address).isEqualTo(new Address("Paris", 75));
        assertThat(JavaTypeMapping.fromRow(Address.class).apply(RowFactory.create("Rome", 1)))
                .isEqualTo(new Address("Rome", 1));
        assertThat(JavaTypeMapping.fromRow(Primitive.class)
                        .apply(new GenericRow(
                                new Object[] {(short) 3}, new StructType().add("count", DataTypes.ShortType))))
                .as("an up-cast, as Spark's as() allows")
                .isEqualTo(new Primitive(3));
    }

    @Test
    void conversionErrorsNameTheFieldAndTheClass() {
        StructType cityOnly = new StructType().add("city", DataTypes.StringType).add("country", DataTypes.StringType);
        assertThatThrownBy(() ->
                        JavaTypeMapping.fromRow(Address.class).apply(new GenericRow(new Object[] {"x", "y"}, cityOnly)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No field zip")
                .hasMessageContaining(Address.class.getName())
                .hasMessageContaining("city, country");
        assertThatThrownBy(() -> JavaTypeMapping.fromRow(Primitive.class).apply(RowFactory.create((Object) null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("non-nullable field count (int)");
        assertThatThrownBy(() -> JavaTypeMapping.fromRow(Primitive.class).apply(RowFactory.create("3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Property count of " + Primitive.class.getName()
                        + ": Cannot convert a java.lang.String to int");
        assertThatThrownBy(() -> JavaTypeMapping.fromRow(Address.class).apply(RowFactory.create("x")))
                .hasMessageContaining("1 values")
                .hasMessageContaining("2 properties");
        assertThatThrownBy(() -> JavaTypeMapping.toRow(Address.class).apply(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        Person unknownColor = new Person("x", 1, null, null, null, null, null, null);
        Row row = JavaTypeMapping.toRow(Person.class).apply(unknownColor);
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        values[6] = "BLUE";
        assertThatThrownBy(() -> JavaTypeMapping.fromRow(Person.class).apply(new GenericRow(values, row.schema())))
                .hasMessageContaining("Property color")
                .hasMessageContaining("No constant BLUE");
    }

    @Test
    void unsupportedTypesNameTheClassAndTheProperty() {
        assertThatThrownBy(() -> JavaTypeMapping.schemaFor(Holder.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object")
                .hasMessageContaining("property anything of class " + Holder.class.getName());
        assertThatThrownBy(() -> JavaTypeMapping.schemaFor(Raw.class))
                .hasMessageContaining("property list")
                .hasMessageContaining("raw List");
        assertThatThrownBy(() -> JavaTypeMapping.schemaFor(Generic.class)).hasMessageContaining("property value");
        assertThatThrownBy(() -> JavaTypeMapping.schemaFor(Cycle.class))
                .hasMessageContaining("contains itself")
                .hasMessageContaining("property next");
    }

    @Test
    void convertersAreSerializable() throws Exception {
        Function<Address, Row> toRow = JavaTypeMapping.toRow(Address.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(toRow);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            Function<Address, Row> copy = (Function<Address, Row>) in.readObject();
            assertThat(copy.apply(new Address("Oslo", 1))).isEqualTo(RowFactory.create("Oslo", 1));
        }
    }
}
