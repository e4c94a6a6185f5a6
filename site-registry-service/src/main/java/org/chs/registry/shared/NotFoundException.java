package org.chs.registry.shared;

/** 资源不存在 — the addressed area, service point, catalogue entry, batch or declaration does not exist; rendered as 404. */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super("No " + resource + " '" + id + "'");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
