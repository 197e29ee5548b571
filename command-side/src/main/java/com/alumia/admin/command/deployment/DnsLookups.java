package com.alumia.admin.command.deployment;

import com.alumia.admin.api.deployment.DnsAnswer;
import org.springframework.stereotype.Component;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Real DNS queries, sent to the resolvers {@code alumia.deployments.dns-resolvers} names (or the machine's own),
 * answered as the registry reads them. No cache of its own: every check asks again.
 */
@Component
class DnsLookups {

    private final Resolver resolver;

    DnsLookups(DeploymentProperties properties) throws UnknownHostException {
        List<Resolver> servers = new ArrayList<>();
        for (String server : properties.dnsResolvers()) {
            servers.add(new SimpleResolver(address(server.strip())));
        }
        ExtendedResolver resolver = servers.isEmpty() ? new ExtendedResolver() : new ExtendedResolver(servers);
        resolver.setTimeout(properties.dnsTimeout());
        this.resolver = resolver;
    }

    DnsAnswer txt(String name) {
        return lookup(name, Type.TXT);
    }

    DnsAnswer cname(String name) {
        return lookup(name, Type.CNAME);
    }

    private DnsAnswer lookup(String name, int type) {
        Message response;
        try {
            response = resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), type,
                    DClass.IN)));
        } catch (TextParseException e) {
            return DnsAnswer.failed("not a DNS name: " + e.getMessage());
        } catch (IOException e) {
            return DnsAnswer.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return new DnsAnswer(DnsAnswer.Status.NXDOMAIN, List.of(), null);
        }
        if (rcode != Rcode.NOERROR) {
            return DnsAnswer.failed(Rcode.string(rcode));
        }
        List<String> values = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof TXTRecord txt && type == Type.TXT) {
                values.add(String.join("", txt.getStrings()));
            } else if (record instanceof CNAMERecord cname && type == Type.CNAME) {
                values.add(cname.getTarget().toString(true).toLowerCase(Locale.ROOT));
            }
        }
        return DnsAnswer.of(values);
    }

    /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}; port 53 unless given. */
    static InetSocketAddress address(String server) {
        if (server.startsWith("[") && server.indexOf(']') > 0) {
            int end = server.indexOf(']');
            String rest = server.substring(end + 1);
            return new InetSocketAddress(server.substring(1, end), rest.startsWith(":")
                    ? Integer.parseInt(rest.substring(1)) : 53);
        }
        int colon = server.lastIndexOf(':');
        if (colon > 0 && server.indexOf(':') == colon) {
            return new InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1)));
        }
        return new InetSocketAddress(server, 53);
    }
}
