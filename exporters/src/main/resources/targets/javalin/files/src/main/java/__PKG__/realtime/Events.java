package {{package}}.realtime;

/** Entity events ({@code created}, {@code updated}, {@code deleted}) published by services after commit. */
public interface Events {
    void publish(String resource, String type, Object row);
}
