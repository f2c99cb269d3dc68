# Second batch (x*): regulated.drugs.  Cannabis and THC products, any
# ingestible CBD, kratom, poppers, party nitrous, psychedelics and
# microdosing, paraphernalia, seed banks, drug-test cheating kits, "legal
# highs" and research chemicals.  Health claims add deception.health_claims.
DATA = r"""
@ vertical=cannabis lang=en
Same-Hour Flower Delivery | Top-shelf indica and sativa to your door in 45 minutes. First order 20% off, ID at the door. | drg
~Flower to Your Door in 45 Minutes | Indica, sativa and hybrids delivered same hour. 20% off your first order. | drg
Dispensary Grand Opening on Route 9 | Pre-rolls from $5, ounce specials and free swag for the first 100 customers. | drg
Live Resin Carts, 3 for $60 | Full-spectrum flavour, lab-tested, every strain in stock. | drg
Infused Chocolate Bars, 100 mg | Dark chocolate with a gentle body high. 10 squares, 10 mg each. | drg
THC Seltzer, Tastes Like Summer | 5 mg of fast-acting THC in every can. Grapefruit and lime. | drg
Delta-9 Hemp Gummies, Shipped Legally | Farm Bill compliant and still gets the job done. Ships to 40 states. | drg
Delta-8 Disposables, Free Shipping | Smooth clouds, big flavour, no medical card needed. | drg
HHC Flower, Sold as Hemp | The loophole strain everyone's talking about. Buy before the ban. | drg
Wake and Bake Breakfast Box | Infused syrup, a coffee pod and a pre-roll for Saturday morning. | drg
Clone Drop: Rooted Cuts | Healthy rooted cannabis clones of Blue Dream and GMO, pickup Saturday. | drg
Grow Tent Kit for Your First Harvest | Everything you need to grow your own weed in a closet. LED, fan, nutrients. | drg
Budtender Picks: Top 5 Strains for Sleep | Couch-lock guaranteed. Order online, pick up in 20 minutes. | drg
Rosin Press Sale | Make solventless concentrate at home from your own buds. $299. | drg
Puff Puff Pass Yoga | Stretch, breathe and smoke a joint together. BYO flower, 21+. | drg
420 Friendly Cabin Rental | Smoke on the deck, bring your own or buy from our host. | drg
Cannabis Tour Bus | Visit 3 dispensaries and a grow farm, with a consumption lounge stop. | drg
@ vertical=supplements lang=en
CBD Oil for Anxiety, 3000 mg | Calms nerves in minutes and replaces your prescriptions. | drg, hc
CBD Sleep Gummies | Fall asleep faster with 25 mg CBD and melatonin. Subscribe and save 15%. | drg
CBD Dog Treats | Calms anxious pups during fireworks. Bacon flavour. | drg
Kratom Capsules, Red Bali | Lab-tested, energy and mood support. 100 caps $29. | drg
~Red Bali Kratom, 100 Capsules | Mood and energy support, lab-tested. $29. | drg
Kava and Kratom Bar | Feel the buzz without alcohol. Happy hour shots 5-7pm. | drg
Microdose Mushroom Capsules | Psilocybin stack for focus and creativity. Ships discreetly in 2 days. | drg
Lion's Mane Plus Magic Blend | Our 'special' mushroom gummies. Not the kind at the grocery store. | drg
Nootropic Stack With Phenibut | Anxiety gone, social battery full. No prescription. | drg, hc
Tianeptine Shots | Instant mood lift. Sold at gas stations nationwide. | drg
Research Chemical Shop | Novel compounds for laboratory purposes. Fast, discreet dispatch. | drg
Legal Buzz Capsules | Not banned yet. The head-rush everyone at the festival is taking. | drg
@ vertical=retail lang=en
Glass Water Pipes, 30% Off | Beaker bongs, recyclers and dab rigs. 'For tobacco use only.' | drg
Grinder and Rolling Tray Set | Everything you need for a perfect joint. Gift-boxed. | drg
Dab Rig Starter Kit | Quartz banger, carb cap and torch for concentrates. | drg
One-Hitter Dugout | Pocket-sized, smell-proof and easy to hide. | drg
Smell-Proof Stash Bags | Carbon-lined bags for your herb. Nobody will know. | drg
Party Nitrous Chargers | 600 g tanks with balloons and nozzles for festival weekend. | drg
Poppers Multipack | Original, extra strong and ultra. Sold as 'leather cleaner.' | drg
Pass Any Drug Test | Synthetic urine kit with heating pad. Lab-verified formula. | drg
~Synthetic Urine, Lab-Verified | Heated kit that passes any screen. Ships overnight. | drg
Detox Drink for Your Test | Clean in 90 minutes for tomorrow's screen. Money back if you fail. | drg, hc
@ vertical=wellness lang=en
Ayahuasca Retreat in Costa Rica | Seven ceremonies, shaman-led, heal your trauma in a week. | drg, hc
Psilocybin Weekend in Jamaica | Legal magic mushroom retreat with guided journeys. Book now. | drg
Ketamine Party Experience | Private 'wellness' sessions with friends. Ask about group rates. | drg
@ vertical=mobile_apps lang=en
Plug Locator | See who's selling near you, ranked by reviews. Cash or crypto. | drg
Trip Sitter Matching | Going on a journey this weekend? Book a sitter and a playlist. Mushrooms not included, but we know who has them. | drg
@ vertical=cannabis lang=en tricky=1
🍃 Gas packs, free delivery 🍃 | Exotics in stock, text the menu line. | drg
W33d c@rts 2 for $50 💨 | Every flavour, same-day drop. | drg
🍄 choc bars 🍫 4g | Microdose or macro, you choose. Ships discreet. | drg
Za ❄️ & 🍃 menu drop | DM for prices, tap in before it's gone. | drg
Th.c gummies 500mg 🐻 | Strongest on the market. 21+ wink. | drg
Zaza ⛽ exotics | Top-shelf only, bring cash. Link in bio. | drg
🍭 Rave candy, the special kind 🍭 | Tested, pressed, delivered to the campsite. Ask for the rolls. | drg
"Party favours" delivered ❄️ | Discreet, fast, Saturday nights only. | drg
Magic 🍄 grow kit | Colonized and ready to fruit. Spores included. | drg
Ter.pene-rich b.u.d.s | Pick up today, curbside. | drg
@ vertical=cannabis lang=es
Club Cannábico, Cuota 20 € | Hazte socio y llévate cogollos de cultivo propio desde el primer día. | drg
Gominolas de THC | 10 mg por unidad, envío discreto a toda España. | drg
@ vertical=cannabis lang=fr
Fleurs de CBD à Fumer | Amnesia, Gelato, Purple Haze. Livraison en 48 h, sans ordonnance. | drg
@ vertical=cannabis lang=de
Gras Lieferservice Berlin | Sorten wie Amnesia und Gelato, in 30 Minuten an deiner Tür. | drg
@ vertical=cannabis lang=pt
Sementes de Maconha | Feminizadas e automáticas, envio discreto para todo o país. | drg
@ vertical=cannabis lang=it
Cannabis Light e Hashish | Spedizione in 24 ore, confezione anonima. | drg
"""
