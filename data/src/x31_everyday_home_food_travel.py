# Second batch (x*), plain compliant: home and garden, furniture, food and
# groceries, restaurants, travel, subscription boxes, weddings.
DATA = r"""
@ vertical=home_garden lang=en
Wheelchair-Height Planter Tables | Garden without bending. Galvanised steel, 30-inch working height.
Rain Barrel Rebate | The water utility pays $50 toward any rain barrel. We stock three sizes.
Gutter Guards Installed | Stop clogs for good. Free estimate, 25-year warranty.
Blackout Curtains for Nurseries | Thermal lined, 4 lengths, ring-top or rod-pocket.
Window Cleaning, Inside and Out | Two-storey homes from $180. Screens washed too.
Compost Bin With Tumbler | Finished compost in 6 weeks. Dual chamber, 37 gallons.
Pollinator Seed Mix | Native wildflowers for bees and butterflies. Covers 500 square feet.
Chimney Sweep and Inspection | Level 1 inspection and sweep for $199. Book before autumn.
Closet Makeover in One Day | Custom shelving and drawers designed and installed. Free design visit.
Smart Thermostat Installation | We install and set up any major brand. Utility rebates applied on the spot.
Bulb Planting Service | We plant 200 tulip and daffodil bulbs in October so you get a spring show.
Rug Cleaning, Pickup and Delivery | Hand-washed wool and silk rugs returned in 10 days.
Tile Regrouting | Make your shower look new without replacing it. Quotes by photo.
Houseplant Hospital | Bring your sick plant for a free diagnosis. Repotting from $10.
Fruit Tree Pruning Workshop | Learn when and where to cut. Orchard walk, Saturday 9am.
@ vertical=furniture lang=en
Modular Sofa, Washable Covers | Rearrange it, unzip it, wash it. Ships in boxes that fit up any stairwell.
Solid Oak Dining Table, Made to Order | Choose length and finish. Delivery in 8 weeks.
Standing Desk With Memory Presets | Dual motors, four heights saved. $449.
Bunk Beds With Stairs and Storage | Solid pine, 8 drawers hidden in the steps.
Furniture Reupholstery | Give your grandmother's armchair a new life. 300 fabrics to choose from.
Floor Model Clearance | Beds, sofas and dressers from our showroom floor up to 50% off.
@ vertical=food_beverage lang=en
Sourdough Starter, 150 Years Old | Dried starter with revival instructions. $9 shipped.
Farm Box: Eggs, Greens and Bread | Weekly pickup at the church lot. Cancel anytime.
Heirloom Tomato Seedlings | 30 varieties for your summer garden. Plant sale Saturday.
Olive Oil Subscription | Fresh-pressed oil from a single grove in Crete, every harvest.
Bone Broth by the Quart | Slow-simmered chicken and beef broths, frozen. Farmers market Sunday.
Elmwood's New Bagel Shop | Boiled, then baked, by a baker from Montreal. Open at 6:30 daily.
Halal Butcher Now Delivering | Lamb, goat and chicken, cut to order. Free delivery over $60.
Kosher Catering for Simchas | Full-service menus for bar mitzvahs and weddings. Under rabbinical supervision.
Vegan Cheese Board | Cashew brie, smoked almond cheddar and crackers. Serves 6.
Korean Pantry Staples | Gochujang, doenjang and rice cakes delivered in two days.
Spice Blend Club | Four freshly ground blends each month with recipe cards. Tagine, jerk, za'atar and more.
Coffee Roaster Open House | Watch a roast, cup three coffees and buy beans at wholesale. Saturday 10am.
Honey From Our Rooftop Hives | Raw wildflower honey, 12 oz jars. Bee tours in June.
School Lunch Planning Service | Weekly menus and shopping lists for picky eaters. $5 a month.
@ vertical=restaurants lang=en
Dumpling Class and Dinner | Fold 30 dumplings, then eat them. Thursday nights, $45.
Early Bird Dinner, 4-6pm | Three courses for $22 at Harbor Grill.
Pho Open Until 2am | Late-night noodle bowls for shift workers and night owls.
Kids Cook Free on Sundays | Our chef helps little ones make their own pizza.
Ramen Pop-Up at the Brewery Car Park | Tonkotsu and miso bowls from our food truck. Friday evenings.
Breakfast Burritos to Go | Call ahead and we'll have it wrapped when you arrive. $8.
Congee Counter Opens at 7 | Rice porridge with century egg or chicken and ginger before work. $7 a bowl.
Gluten-Free Pizza, Separate Oven | Certified gluten-free crusts baked in their own oven.
Vegan Soul Food | Fried oyster mushrooms, collard greens and mac. Dine in or takeout.
Lunch Box Bento | Rotating bento boxes, $13, ready at 11:30.
Private Dining Room for 20 | Birthdays, rehearsal dinners and work events. Set menus from $40.
Restaurant Week: Three Courses for $35 | Twenty-six restaurants, one price. Book through the city site.
@ vertical=travel lang=en
Overnight Train to the Mountains | Sleeper cabins with breakfast, Friday departures.
Houseboat Weekend on Lake Marrow | Sleeps six, solar-powered, kayaks included. Fridays to Sundays.
Glamping Pods With Hot Tubs | Woodland pods with a private tub and firepit. Two-night minimum.
Family Rooms That Sleep Six | City-centre hotel with bunk beds and a kitchenette.
Accessible Travel Specialists | Wheelchair-accessible tours and hotels verified by our staff.
Northern Lights Cabin Stays | Glass-roof cabins in Lapland, aurora alarm included.
Pet-Friendly Beach Cottages | Dogs stay free, fenced gardens, 200 m from the sand.
Solo Travel Group Tours | Small groups of solo travellers, no single supplement.
Airport Parking, Pre-Book and Save | Covered parking with a 5-minute shuttle. From $9 a day.
Travel Adapter, Works in 150 Countries | Four USB ports, surge protection. $29.
Passport Photo Booth | Compliant passport photos in 5 minutes, $12. Inside the post office.
Rent a Rooftop Tent | Fits most crossovers and SUVs. We fit it Thursday, you camp Friday.
Island Ferry Timetable Update | Summer schedule starts June 1 with extra evening sailings.
Walking Tour of the Old Harbour | 90 minutes with a local historian. Pay what you like.
@ vertical=subscription_boxes lang=en
Barley Tea by the Litre Bag | Roasted mugicha for iced summer tea, caffeine-free. 50 bags for $8.
Puzzle Box Monthly | A 1,000-piece puzzle by an independent artist every month.
Kids' Science Crate | Hands-on experiments for ages 8-12, delivered monthly.
Sock Subscription | Fun patterned socks on the first of each month. Gift options.
Indie Comic Box | Four comics from independent publishers, every month.
@ vertical=wedding lang=en
Dessert Tables Instead of Cake | Macarons, mini tarts and a donut wall for your wedding. Quote in 48 hours.
Tailored Suits for Grooms' Parties | Group discount for 5 or more. Fittings at your convenience.
Elopement Packages | Officiant, photographer and a mountain view for $1,500.
Bridal Bouquet Workshop | Make your own bouquet with our florist the day before.
Rent Our Barn for Your Reception | Seats 180, string lights included, 40 minutes from the city.
Wedding Stationery, Letterpress | Invitations, menus and place cards designed to match.
"""
