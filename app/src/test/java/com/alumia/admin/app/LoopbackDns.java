package com.alumia.admin.app;

import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small authoritative DNS server on a loopback UDP port, for tests: it answers TXT and CNAME questions from records
 * that tests set per name, NXDOMAIN for names it has nothing for, and a chosen error code for names told to fail.
 * One server serves every test context ({@link #shared()}); tests use names of their own.
 */
public final class LoopbackDns {

    private static final LoopbackDns SHARED = new LoopbackDns();

    private final DatagramSocket socket;
    private final Map<String, List<Record>> records = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    private LoopbackDns() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread server = new Thread(this::serve, "loopback-dns");
        server.setDaemon(true);
        server.start();
    }

    public static LoopbackDns shared() {
        return SHARED;
    }

    /** The server as {@code alumia.deployments.dns-resolvers} names it. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public LoopbackDns txt(String name, String... values) {
        List<Record> set = new ArrayList<>();
        for (String value : values) {
            set.add(new TXTRecord(name(name), DClass.IN, 60, value));
        }
        put(name, Type.TXT, set);
        return this;
    }

    public LoopbackDns cname(String name, String target) {
        put(name, Type.CNAME, List.of(new CNAMERecord(name(name), DClass.IN, 60, name(target))));
        return this;
    }

    /** Forgets the name's records of that type. */
    public LoopbackDns remove(String name, int type) {
        records.remove(key(name, type));
        return this;
    }

    /** Every question about the name is answered with this code (SERVFAIL, say) until {@link #recover}. */
    public LoopbackDns fail(String name, int rcode) {
        failures.put(normal(name), rcode);
        return this;
    }

    public LoopbackDns recover(String name) {
        failures.remove(normal(name));
        return this;
    }

    private void put(String name, int type, List<Record> set) {
        records.put(key(name, type), set);
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] answer = answer(new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength())));
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException e) {
                // a malformed question, or the socket closing: go on or stop with the loop's condition
            }
        }
    }

    private byte[] answer(Message query) {
        Record question = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        response.addRecord(question, Section.QUESTION);
        String name = normal(question.getName().toString(true));
        Integer failure = failures.get(name);
        if (failure != null) {
            response.getHeader().setRcode(failure);
            return response.toWire();
        }
        List<Record> answers = records.get(name + "/" + question.getType());
        if (answers != null) {
            answers.forEach(r -> response.addRecord(r, Section.ANSWER));
        } else if (records.keySet().stream().noneMatch(k -> k.startsWith(name + "/"))) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        return response.toWire();
    }

    private static String key(String name, int type) {
        return normal(name) + "/" + type;
    }

    private static String normal(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static Name name(String name) {
        try {
            return Name.fromString(normal(name) + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
