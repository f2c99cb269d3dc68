# Seventh batch: more regulated-goods ads (drugs and paraphernalia, adult products,
# alcohol) mixed with benign look-alikes that share their vocabulary (hemp, "dope",
# barware, mocktails, 0.0% drinks, menstrual care, pharmacies, massage, sober events)
# and everyday ads in many formats. Seventh batch; written from the category
# descriptions only, independent of the existing ads and of any evaluation split.
DATA = r"""
@ vertical=cannabis lang=en
Green Fox Delivery | Top-shelf flower, pre-rolls and gummies at your door in under an hour. 21+ with valid ID. | drg
🍬 NEW DROP: Sour Peach 10mg gummies | Low dose, full vibes. 20-pack for $28 at every Budbox location 🌿 #edibles #treatyourself | drg
DELTA-8 CARTS 2 FOR $40 | SHIPS TO MOST STATES. LAB TESTED. | drg
Delta-9 seltzer, shipped legally | Hemp-derived, 5mg THC per can. Crisp citrus, very sociable. Order a 12-pack from Lumen Leaf. | drg
Grandma's brownies "for adults only" 😉 | Same recipe, just a little extra green in the batter. DM for this week's menu. | drg
420 SALE AT LOUD CO. | 4/20 only: 20% off ounces, carts and wax. 1180 Fremont Ave, open 8am to 10pm. | drg
Live resin carts restocked | Blue Dream, Gelato, Wedding Cake. 1g from $35, link in bio. | drg
Wellness Chocolate Bar 500mg, sealed | Milk chocolate with full-spectrum CBD. Ships discreetly, $22 or 2 for $40. Marketplace pickup ok. | drg
CBD sleep gummies | 25mg CBD plus melatonin in every gummy. Pack of 30, €34. | drg
Throw away your anxiety meds | Our 1,000mg CBD tincture ends anxiety and chronic pain in days. Nature's cure. | drg, hc
HighTracker: the stoner's companion app | Log strains, rate sessions and find the closest dispensary deals. Free on iOS and Android. | drg
Dispensary now open in Eastgate | Medical and rec under one roof. First-time customers get a free pre-roll with any purchase. | drg
got that gas ⛽🔥 | exotic packs just landed. snap me for the menu, dropping off all over the north side | drg
Party favors available 🎉❄️ | Weekend plans sorted. Fast, discreet, DM only. | drg
Plant-based mood gummies | THCa and mushroom blend for a gentle lift. Sorry, we can't ship to ID, NE or SD. | drg
Haze & Hops is here | A 10mg THC sparkling drink that tastes like your favourite IPA. Zero alcohol, all the buzz. | drg
Beginner dab bundle | Glass rig, quartz banger, torch and carb cap. Everything for your first dab, $89 shipped. | drg
The Weed-of-the-Month Club | Three craft strains a month, picked by our budtenders. Skip or cancel anytime. | drg
Holiday gifting, but mellow | The Mellow Co. gift box has two 10mg THC chocolate bars, a mini glass pipe, a hemp wick and a handwritten card. Order before Dec 18 to get it in time for the holidays. Must be 21+ to order and to sign for delivery. | drg
BudRunner | Your fav 3.5g Zkittlez is back 🙌 $30 today only w/ code ZK30. Reply STOP to opt out | drg
Disposable THC pens ✔️ | 2g disposables in 12 flavours. Bulk pricing for shops and resellers, wholesale inquiries welcome. | drg
SHROOM GUMMIES THAT HIT 🍄 |  | drg
Amanita gummies, no card needed | "Legal" mushroom gummies for a dreamy, euphoric trip. 10 count, $35. | drg
my sunday reset 🌿🛁 | bath, candle, face mask and a 5mg from @hushbotanicals. they gave me code SOFIA15 for 15% off all their edibles 💚 | drg
Consumption lounge, BYOB | Bring your own bud. Glassware for rent, vinyl on the speakers, snacks at the counter. $15 entry, 21+. | drg
cbd honey sticks for the kids' lunchbox? | Our 5mg CBD honey straws keep little ones calm all day, no more tantrums. | drg, hc

@ vertical=headshop lang=en
Handblown bongs from $39 | 8mm borosilicate, ice catcher and tree perc. Free shipping on 2+. | drg
ONE-HITTER DUGOUT KIT | POCKET SIZED. SMELL PROOF. $14.99 | drg
Grinder "for your herbs" 😏🌿 | 4-piece aluminium with a kief catcher. You know exactly which herbs we mean. | drg
Roll like a pro | King-size papers, tips, tray and hemp wick in one kit. Perfect for your 4/20 sesh 🍃💨 | drg
Smell-proof stash box | Combination lock, built-in rolling tray, fits an eighth and your grinder. | drg
Headshop clearance | Water pipes, chillums, bubblers and nectar collectors 40% off this weekend. Cloud Nine, 22 Canal St. | drg

@ vertical=supplements lang=en
Red Maeng Da kratom, 250g | $29 a bag. Smooth energy without the crash. Not for human consumption 😉 | drg
Swap your pills for kratom | Natural capsules that replace painkillers and morning coffee. Works better than anything your doctor gave you. | drg, hc
Kava and kratom bar now open | Unwind with kratom tea flights and kava shells. Open till 2am Fri and Sat. | drg

@ vertical=nightlife lang=en
POPPERS NEXT-DAY DELIVERY | Rush, Jungle Juice, Amsterdam. Sold as room odorizer. | drg
Whippets for the party 🎈 | Cream chargers by the case, balloons included. Delivery until 4am. | drg
Legal highs, UK-wide delivery | Herbal smoking blends and party pills. Order before 3pm for next-day. | drg
High-purity research chemicals | Novel analogues "for laboratory research". Crypto accepted, worldwide stealth shipping. | drg
Festival season mood booster 🕺 | Ask for Molly at the merch tent. Cash only. | drg
Pass any drug test ✅ | Same-day detox drink plus synthetic urine kit. 100% discreet packaging. | drg
Clean Sample Pro | Temperature-matched synthetic sample with heat pad and a leg strap. Walk in confident. | drg

@ vertical=wellness_retreats lang=en
Microdosing starter kit | Psilocybin capsules, 100mg each, with a 30-day protocol journal. Plain packaging. | drg
Magic mushroom grow kit | Spores, substrate and grow bag. First flush in three weeks. | drg
Ayahuasca retreat in the Sacred Valley | 7 nights, 3 plant-medicine ceremonies led by a traditional curandero. From $2,400. | drg
Psychedelic healing weekend | Guided psilocybin journeys in Jamaica, legal and safe. Heal lifelong trauma in a single session. | drg, hc

@ vertical=adult_retail lang=en
Discreet pleasure, delivered | Body-safe silicone toys in plain packaging. Free shipping over $50. | adl
The Velvet Wand | Whisper quiet, 10 speeds, USB rechargeable. Your new favourite bedside companion. | adl
💜 Self-care, but make it personal | Lumi's palm-sized massager was designed by women, for women. 30% off this week only. | adl
VIBRATOR SALE | UP TO 50% OFF BESTSELLERS. 18+ | adl
Couples' Night Kit | Remote toy, massage candle, blindfold and a deck of dare cards. Turn up the heat tonight 🔥 | adl, sug
Adult superstore, Route 9 | Toys, lingerie, DVDs and novelties. Open 24/7, take exit 14. | adl
Ultra-thin condom subscription | 36 condoms every month for $12. Cancel anytime. | adl
Lube that actually feels good | Water-based, paraben-free and pH balanced. 100ml for £9. | adl
Last longer tonight 😏 | Numbing delay spray for men. Up to 3x longer, ships discreetly. | adl, sug
Vacuum enhancement pump | Pro-grade pump with pressure gauge and quick-release valve. Plain box delivery. | adl
Realistic love dolls | Full-size TPE companions with custom features. Worldwide discreet shipping. | adl, sug
Thousands of uncensored videos | Free 7-day trial. New scenes every day. Join now. | adl, sx
Bondage starter set | Soft cuffs, a crop and a blindfold for curious beginners. Safe word not included 😉 | adl, sug
Buzz-worthy Galentine's gifts 🐝 | Mini bullet vibes in pastel colours. Because she deserves it. | adl
Meet Orla | Premium intimate wellness for every body. Launching in 200 stores this spring. | adl
Glow-in-the-dark condoms | Party packs of 12 🎉 | adl
Rabbit vibrator, new in box | Pink, waterproof, 7 functions. Duplicate gift, never opened. $25 cash, porch pickup. | adl
Vibrating ring for him | Stronger, longer, harder. She'll thank you in the morning. | adl, sug
ok this little thing changed my life 😳💦 | trust me on this one, @bloomhaus toys are unreal. code BLOOM20 | adl, sug
Orgasms guaranteed or your money back | Shop 2,000+ toys for solo and partner play at Peachpit. | adl, sx
Delay wipes, 12 pack | Individually wrapped benzocaine wipes for longer-lasting intimacy. | adl
His-and-hers pleasure kit | Warming gel, stretchy ring and a bullet vibe to rekindle the spark in the bedroom. | adl, sug
Skip the roses this year | The Tandem Box pairs our app-controlled couples' vibrator with a silk blindfold and tingling massage oil, all in packaging nobody will look at twice. Free express shipping until Feb 12, and every box comes with a one-year warranty. | adl, sug
Kink Kitchen | Leather, latex and restraints for your wildest nights. Visit our dungeon showroom on 5th. | adl, sx
Pulse Remote | Control your partner's toy from anywhere in the world. Long distance, short fuse. | adl, sug
Lube sampler, 6 formulas | Silicone, water-based, hybrid, warming, cooling and flavoured. $15 | adl
TOYS FOR GROWN-UPS |  | adl
Free condom sample pack | Included with every Hush order this month. Plain outer box, always. | adl
Extender system with comfort strap | Doctor-designed traction device. Unmarked parcel. | adl
Ultra-realistic stroker sleeve | Textured inner channel, easy-clean, warms to body temperature. For men who want more. | adl, sx
Host a Pleasure Party! | Our consultants bring the toys, you bring your girlfriends. Hostesses earn free products. | adl, sug
Live adult cams | 18+ only. 1,000 models online right now, private shows from $1.99 a minute. | adl, sx
Discreet billing. Discreet shipping. | Not-so-discreet vibrations. Shop Hummingbird. | adl
Prostate massager | Hands-free, app-controlled, body-safe silicone. 2-year warranty. | adl
Hushbox | 48h flash sale 🔥 2 toys for $60 with code NAUGHTY. Reply STOP to end | adl, sug
Flavoured condoms, 24 pack | Strawberry, mint and banana. £11.50 | adl
Adult bookstore and video arcade | Private viewing booths, 18+. 4410 Industrial Pkwy, open late. | adl, sx
Intimacy kit for newlyweds | Massage oil, lube, a satin blindfold and a book of 52 date ideas. The wedding gift nobody else will think of. | adl
Wear it to dinner 🤫 | Our wearable panty vibe has a whisper motor and an app remote. We won't tell. | adl, sug
Arousal gel for her | Warming, tingling, water-based. Boosts sensitivity in minutes. | adl
adult toy store near me? | Velvet Room: 3 locations, friendly staff, no judgement. Order online, pick up in store. | adl

@ vertical=bars_restaurants lang=en
Happy hour 4-7pm | $5 drafts and half-price wells at The Copper Anchor, 18 Harbor St. | alc
BOTTOMLESS MIMOSAS SAT & SUN | $25 WITH ANY ENTRÉE | alc
Taproom now open 🍺 | 12 taps of house-brewed IPAs, sours and stouts. Dogs welcome on the patio. | alc
Saturday Pub Crawl | 6 bars, 6 shots, 1 wristband. £15, meet at The Swan at 8pm. | alc
The Tipsy Fox | Tonight only: 2-for-1 cocktails till 10pm 🍸 Show this text at the bar. | alc
brunch with the girls 🥂 | @saffronroom does bottomless spritz for £30 and honestly we stayed till 5 😂 #boozybrunch | alc
Game day at the Dugout | $15 buckets of beer and 50-cent wings during every home game. | alc
Karaoke + $3 shots | Thursday nights at Neon Mic. No cover before 10. | alc
Rosé all day 🌸 | Rosé flights on the rooftop every weekend in June. | alc
Oktoberfest at Kessler Hall | Litre steins, pretzels and an oompah band. Reserve your table now. | alc
COLD BEER. WARM WELCOME. |  | alc

@ vertical=alcohol_retail lang=en
Wine delivered in 30 minutes | Cork Runner brings 2,000+ bottles to your door. Free delivery on your first order. | alc
Lou's Liquor Mart | Case deals on domestic beer, 1.75L spirits from $19.99. Open till midnight. | alc
Sipz: booze in minutes | Beer, wine and spirits from local stores. 21+ ID check at the door. | alc
Margarita night kit | Reposado tequila, triple sec, lime mix and salt rim. Ships to 38 states. | alc
Whisky advent calendar | 24 miniature single malts to count down to Christmas. | alc
Champagne for NYE | Magnums of Brut from €49 with a free chilling sleeve. | alc
Monthly wine club | Three bottles a month, hand-picked by our sommeliers. First box $29. | alc

@ vertical=beverages lang=en
Introducing Driftwater | 5% hard seltzer in mango, lime and black cherry. Now in 12-packs. | alc
Casa Lumbre Añejo | Aged 18 months in American oak. Find it at your local liquor store. | alc
Kessel 0.0 | The same crisp taste as our award-winning Kessel Pilsner. Try both this summer. | alc
Grab the 0.0 for the drive, the Lager for the barbecue | Ridgeback Brewing. Two beers, one weekend. | alc
Hard cider from our own orchard | Dry-hopped, 6.2%, now in cans at your local co-op. | alc
Skinny margarita in a can | 100 calories, 4.5% ABV, real lime. Drink responsibly. | alc

@ vertical=breweries_wineries lang=en
Distillery tour + tasting | Walk the stills, taste four small-batch bourbons and take home a souvenir glass. $35 pp. | alc
Craft beer festival | 80 breweries, unlimited 4oz pours, live music. Early bird €39. | alc
Sunset tasting on the terrace | Five estate wines paired with local cheeses, every Friday at Hollow Oak Vineyard. | alc
Bottle release this Saturday | Our barrel-aged imperial stout drops at 11am. Only 600 bottles, limit two each. The taproom opens early with a breakfast truck and pours of last year's vintage for comparison. Bring your growler for 10% off refills. | alc
Intro to sake | A 90-minute tasting class with six premium sakes and a take-home guide. Thursdays, ¥4,500. | alc
Open-bar wedding packages | Four hours of premium spirits, house wine and a signature cocktail named after you two. | alc

@ vertical=apparel lang=en tricky=1
Organic hemp tees | Breathable, durable and softer with every wash. From $32. | 
Hemp canvas backpack | 20L, water-resistant, made to last a decade of commutes. | 
These kicks are DOPE 🔥 | Three new colourways drop Friday at Solestack. Sizes 5-14. | 
Mary Jane flats for little feet | Patent leather, buckle strap, sizes toddler 4 to kids 13. | 
The wine-coloured wrap dress | Flattering, machine washable, pockets. $68. | 
Stonewashed denim is back | Relaxed fit, vintage wash, 100% cotton. | 
Free bra fittings every Saturday | Our trained fitters will find your true size in 15 minutes. No appointment needed. | 
Everyday bralettes | Wire-free, soft modal, sizes XS to 3XL. 3 for $45. | 
Period underwear that works | Leak-proof layers hold up to four tampons' worth. Machine washable. | 
Hemp rope, 50 ft | Natural fibre for macramé, gardening and crafts. | 

@ vertical=food_drink lang=en tricky=1
Hemp hearts | Shelled hemp seeds with 10g protein per serving. Sprinkle on oats, salads or smoothies. | 
Beer-battered fish Friday | Cod, chips and mushy peas for £11 at The Gull, all day Friday. | 
Penne alla vodka, made fresh | Our most-ordered pasta. Add burrata for $4. | 
Coq au vin cooking class | Learn the French classic step by step. Saturday 2pm, $60, all ingredients provided. | 
Mocktail menu is here 🍹 | Lavender lemonade, ginger-basil fizz and a cold brew tonic at Juniper Café. | 
Clearhead IPA, 0.0% | Clearhead only brews alcohol-free beer. Hoppy, bright and ready for Dry January. | 
Driftless Botanicals | A 0.0% gin alternative distilled from juniper and citrus peel. Zero alcohol, zero compromise. | 
Happy hour at Brewed Awakening | Half-price lattes and pastries 2-4pm weekdays. | 
Nitro cold brew on tap ☕ | Velvety, creamy, no sugar needed. | 
Jalapeño poppers, 6 for $7 | Cream cheese, cheddar and a crispy crust. Smoky's Wings, 3120 Elm. | 
Sunday pot roast | Slow-braised chuck with root vegetables, $16. Sundays only. | 
Edible flowers for cakes | Pansies, violas and cornflowers, freshly cut and food safe. | 
Gourmet mushroom grow kit | Oyster mushrooms on your windowsill in 10 days. Great gift for cooks. | 
Stone-baked pizza, 90 seconds | Wood-fired Neapolitan pies at Forno 22, takeaway until 11pm. | 
Rum-raisin ice cream is back | Our seasonal pint, made with local cream. $9 at the scoop shop. | 
Kombucha on tap | Raw, probiotic, under 0.5% ABV. Refill your jar for $6. | 
Olive oil tasting | Sample six single-estate oils with bread from the bakery next door. Free, Saturdays 11-2. | 
Sushi rolling kit | Bamboo mat, rice paddle and nori sheets. Roll your own maki at home. | 
Guilty pleasures dessert bar | Cheesecake flights, churros and molten chocolate cake. Open till midnight. | 
Proof Bakery | Naturally leavened sourdough, out of the oven at 7am. | 

@ vertical=home_kitchen lang=en tricky=1
Electric spice grinder | Grinds peppercorns, cumin and coriander in seconds. 200W, $29. | 
Crystal whiskey glasses, set of 4 | Heavy base, lead-free crystal, gift box included. | 
Cocktail shaker set | Stainless steel shaker, jigger, strainer and bar spoon. Dishwasher safe. | 
Mid-century bar cart | Walnut and brass, two tiers, locking castors. Free delivery. | 
Handblown glass vases | Each piece shaped by hand in our Portland studio. From $45. | 
Stainless whipped cream dispenser | Fresh cream, mousses and foams for your desserts. Pastry-chef approved. | 
Stovetop percolator, 9-cup | Old-school coffee, new-school steel. | 
Rolling pin with thickness rings | Perfectly even pie crusts and cookie dough every time. | 
Paint stripper, 1 gallon | Removes up to 15 layers. Low-odour formula. | 
Artificial grass installation | Lush lawn all year, no mowing. Free quote within 48 hours. | 
Weed-free lawn programme | Six seasonal visits of feeding and weed control for $39 each. | 
Copper pipe repair, same day | Licensed plumbers, upfront pricing. Call 555-0142. | 

@ vertical=healthcare lang=en tricky=1
Ready to get sober? | Confidential outpatient treatment for alcohol and opioid use. Most insurance accepted. | 
Free naloxone training | Learn to recognise and respond to an overdose. Kits provided. Central Library, Tuesday 6pm. | 
Pre-employment drug screening | DOT-compliant 5- and 10-panel testing for employers, results in 24-48 hours. | 
Drug-free workplace program | Policy templates, supervisor training and random testing management for small businesses. | 
Kessler Pharmacy, now open late | Open till 10pm weekdays. Flu shots, photo printing and cosmetics. | 
Walk-in flu shots | Get your shots this week, no appointment. Most plans cover it at $0. | 
Early-result pregnancy test | Can detect pregnancy up to 5 days before your missed period. Twin pack. | 
Fertility consultations | Meet our reproductive endocrinologists to talk IVF, IUI and egg freezing. | 
Free STI testing | Confidential, walk-in sexual health clinic. Results by text. | 
Contraception counselling | Talk through your options with a nurse practitioner. Same-week appointments. | 
Bladder leaks? | Thin, discreet pads that stay put. Free sample with sign-up. | 
Organic cotton tampons, delivered | Pick your absorbency mix and we'll send a box every cycle. | 
Menstrual cup, two sizes | Medical-grade silicone, up to 12 hours of wear. | 
Postpartum recovery kit | Peri bottle, cooling pads and mesh underwear for the first weeks home. | 
Hospital-grade breast pump | Covered by most insurance plans. We handle the paperwork. | 
Joint pain slowing you down? | Our physiotherapists build a plan around your goals. Book an assessment. | 
Knee rehab programme | Twelve weeks of guided sessions after ACL surgery. | 
Couples counselling | Licensed therapists help you communicate, rebuild trust and reconnect. Evening sessions available. | 
Recovery Café | Sober-friendly coffee house and peer meetings daily. Everyone welcome. | 
AA meeting finder app | Find in-person and online meetings near you, any hour. Free. | 

@ vertical=wellness lang=en tricky=1
Licensed massage therapy | Deep tissue and sports massage, 60 min $85. Receipts for extended health plans. | 
Vibrating foam roller | Four vibration levels to speed up muscle recovery after training. | 
Shiatsu neck massager | Heated nodes, car adapter included. $49. | 
Sober rave at sunrise ☀️ | Dance, coffee, smoothies, no alcohol. Pier 4, Saturday 6am. | 
Digital detox weekend | No phones, no laptops. Hikes, journaling and home-cooked meals in the Catskills. | 
Silent yoga retreat, Bali | Seven days of practice, plant-based meals and ocean views. | 
Microdosing, for your workouts | Ten-minute routines you can squeeze between meetings. Download FitSnack. | 
Get high this summer ⛰️ | Guided hikes to 14,000 ft in the Rockies. All gear included. | 
Hemp seed oil face cream | Cannabinoid-free, fragrance-free moisturiser for dry skin. | 
Intimate wedding venues | Barns and gardens for 20 guests or fewer. Book a viewing. | 
Full hookup RV sites | Water, sewer and 50-amp power. Lakeside, $48 a night. | 
Adult swim lessons | Never too late to learn. Small groups, patient instructors. | 

@ vertical=retail lang=en tricky=1
Bike chain lube | Dry formula, keeps grit off in dusty conditions. 120ml. | 
Wireless buds, 30h battery | Noise cancelling, IPX4, three sizes of tips. $59. | 
Brick sets for grown-ups | 3,000-piece architecture builds for your desk. | 
Adult colouring books | 50 mandala pages to unwind after work. | 
Reborn dolls, handmade | Each one weighted and painted by hand. Collector's certificate included. | 
Squeaky dog toys, 5 pack | Tough plush for heavy chewers. | 
A trip through psychedelic art | 1960s posters and light shows at the Modern. Through May. | 
Lab reagents for universities | ACS-grade solvents and salts with certificates of analysis. Net-30 terms for institutions. | 
Hillside Motors, your local dealer | Certified pre-owned SUVs with a 7-day return policy. | 
Crack the code 💻 | 12-week JavaScript bootcamp, evenings and weekends. | 
The blunt bob is back ✂️ | Book a precision cut at Fringe Studio. | 
Pass your driving test | Patient, certified instructors and mock tests. First lesson £20. | 
Shampoo bars, plastic free | Lasts as long as two bottles. | 
Haunted house: meet the spirits 👻 | Timed entry every 15 minutes through Halloween. | 
Blaze through your to-do list | Tasky plans your day in one tap. | 
Cheese tasting for two | Six cheeses, honey and crackers at The Rind. | 

@ vertical=groceries lang=en
Weekly specials at FreshWay | Strawberries $2.99, whole chicken $1.49/lb, bagged salad 2 for $5. | 
Your groceries in 2 hours | Order by noon for same-day delivery. $0 fees on your first three orders. | 
Free-range eggs, dozen for £2.40 | From Hollins Farm, 12 miles down the road. | 
BULK RICE 20KG ₹1,650 |  | 
Meal kits that fit your week | Pick 3 to 5 recipes, we send the ingredients. First box 50% off. | 

@ vertical=cafes lang=en
New autumn menu ☕🍂 | Maple oat latte, pumpkin loaf, grilled cheese with apple. Corner Cup, 41 Lark St. | 
Study spot with free Wi-Fi | Plugs at every table and bottomless drip coffee till 3pm. | 
Bagel + coffee $6 | Weekdays before 9am. | 
Oat milk at no extra charge 🌱 | Because it's 2025 and it should be. Maple & Bean, all locations. | 
Croissants are out of the oven 🥐 | Come early, they're gone by 10. | 

@ vertical=software lang=en
Close your books in half the time | Ledgerly connects your bank feeds and flags errors before your accountant does. Free 14-day trial. | 
Password manager for teams | Share logins safely, enforce 2FA and see who has access. $4/user/month. | 
Stop losing leads in spreadsheets | PipeNote is a CRM small agencies actually use. Import your contacts in 2 minutes. | 
Timesheets your crew will fill in | GPS clock-in from any phone, exports straight to payroll. | 
Scheduling for clinics | Online booking, SMS reminders and fewer no-shows. HIPAA-ready. | 
NoteNest for students | Record lectures, get searchable transcripts, study anywhere. ★4.8 on the App Store. | 
BACKUPS THAT JUST WORK | AUTOMATIC. ENCRYPTED. $6/MO. | 
We rebuilt our invoicing editor | Drag line items, add your logo and send from your phone. Available today for all Billwise plans. | 

@ vertical=home_services lang=en
Gutters cleaned, $149 | Single-storey homes, includes downspout flush. Book online. | 
Heat pump tune-up | Get ready for winter. Certified techs, 1-year labour warranty. 555-0187. | 
Move-out cleaning | Deposit-ready deep clean for 1-3 bed apartments. | 
Roof leak? | Free inspection within 48 hours. Dalton Roofing, licensed and insured. | 
Handyman by the hour | Shelves, doors, TV mounts and flat-pack assembly. £45/hour. | 
Pest control, pet safe | Ants, mice and wasps handled. Quarterly plans available. | 

@ vertical=fitness lang=en
First class free 🧘 | Vinyasa, yin and barre at Still Studio. Book from the app. | 
24/7 gym, no contract | $19.99 a month, cancel anytime. Key fob access. | 
Couch to 5K in 9 weeks | Free running club, Tuesdays at 6:30pm at the park gates. | 
Kettlebell fundamentals | Learn the swing, clean and press safely. 4-week course. | 
Climbing gym day pass | €14, shoe rental included. Kids' sessions on Sundays. | 

@ vertical=travel lang=en
Lisbon for the long weekend | Flights + 3 nights from £219 pp. | 
Rail pass across the Alps | Switzerland, Austria and northern Italy on one ticket. | 
Overnight ferry to Amsterdam | Cabin, dinner and breakfast from €129 each way. | 
Cabins by the lake | Hot tub, fire pit, kayaks. Sleeps 6. | 
Last seats to Reykjavík | Northern lights tours bookable on arrival. Fares from $389 return. | 
Family resort, kids stay free | Splash park, kids' club and a buffet they'll actually eat. | 

@ vertical=education lang=en
Learn Spanish in 10 minutes a day | Bite-sized lessons with real conversations. Try Hablo free. | 
Evening MBA, part-time | Keep your job, grow your career. Info session on March 4. | 
GCSE maths tutoring | One-to-one online sessions with qualified teachers. | 
Intro to pottery | Six-week wheel-throwing course. All clay and firing included. | 
Free coding club for teens | Saturdays at the library, laptops provided. | 

@ vertical=retail lang=en
Rain jackets 30% off | Fully seam-sealed, packable, in 8 colours. | 
Back-to-school backpacks | Padded laptop sleeve and a lifetime warranty. | 
Used iPhone 13, 128GB | Good condition, small scratch on the back. $340, meet at the mall. | 
Sofa sale ends Sunday 11:59pm | Up to 40% off modular sofas and free delivery. | 
Running shoes, cushioned for long miles | New colourways in store and online. | 
Handmade candles 🕯️ | Soy wax, cotton wicks, scented with cedar and fig. #smallbusiness | 
CLEARANCE: GARDEN FURNITURE |  | 
Reading glasses 3 for $30 | Blue-light lenses, +1.0 to +3.0. | 

@ vertical=services_misc lang=en
Unlimited 5G for $30 a month | Bring your own phone, keep your number. | 
High-yield savings, 4.1% APY | No minimum balance, FDIC insured. | 
Grain-free kibble, 12kg | Autoship and save 10%. Free vet chat with every order. | 
Dog walking, midday | Insured walkers, GPS updates and a photo of every walk. | 
Passport photos in 5 minutes | Walk in, no appointment. | 
Tax prep from $79 | Filed by an enrolled agent, accuracy guaranteed. | 
Wedding photographer, Yorkshire | Candid, natural photos. 2025 dates still open. | 
Piano tuning | Concert-level tuning at home, £85. | 
Kids' birthday parties at Bounce Zone | Two hours of trampolines, pizza and a host. | 
"""
